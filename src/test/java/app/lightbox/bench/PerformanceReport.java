package app.lightbox.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes benchmark results into {@code docs/performance.md}: each benchmark owns one section between
 * {@code <!-- bench:id -->} and {@code <!-- /bench:id -->}, replaced on each run and appended the
 * first time, so that running one benchmark leaves the others' figures alone.
 */
public final class PerformanceReport {

    static final Path FILE = Path.of("docs", "performance.md");

    private PerformanceReport() {}

    /** Replaces (or appends) the section of a benchmark with the given Markdown. */
    public static void write(String id, String markdown) throws IOException {
        write(FILE, id, markdown);
    }

    static void write(Path file, String id, String markdown) throws IOException {
        String start = "<!-- bench:" + id + " -->";
        String end = "<!-- /bench:" + id + " -->";
        String section = start + "\n" + markdown.strip() + "\n" + end;
        String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "# Performance\n";
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from
                ? text.substring(0, from) + section + text.substring(to + end.length())
                : text.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, updated, StandardCharsets.UTF_8);
    }
}
