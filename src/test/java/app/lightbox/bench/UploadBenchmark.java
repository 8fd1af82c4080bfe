package app.lightbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.api.ApiTokenService;
import app.lightbox.api.TestTokens;
import app.lightbox.api.TokenScope;
import app.lightbox.images.TestImages;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code POST /api/v1/images} of 20 photo-like JPEGs of about 5 MB, one after another with curl (one
 * process per file, as a script would), after a few uploads to warm the server up, against the disk's
 * own sequential write with fsync ({@code dd … conv=fdatasync}) into the storage folder, measured in the
 * same run two ways: the same files' worth in one stream with one sync at its end, and file by file with
 * a sync after each, as the library must write them. Each file has different bytes, so that none is
 * answered from the library's copy. Writes the "upload" section of docs/performance.md and asserts only
 * that every file was stored. Run by {@code ./mvnw -B verify -Pbenchmark -Dit.test=UploadBenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadBenchmark {

    static final String COMMAND = "./mvnw -B verify -Pbenchmark -Dit.test=UploadBenchmark";
    private static final int FILES = 20;
    /** Uploads before the measured ones, so that what is measured is a server that has run a while. */
    private static final int WARM_UP = 5;
    private static final int DD_MB = 100;
    /** About one upload's size, for dd file by file. */
    private static final int DD_FILE_MB = 5;
    private static final int DD_ROUNDS = 3;
    private static final double TARGET = 0.5;
    /** What curl prints per upload: status, seconds, bytes sent. */
    private static final String WRITE_OUT = "%{http_code} %{time_total} %{size_upload}";
    private static final Pattern DD_RESULT = Pattern.compile("(\\d+) bytes .* copied, ([0-9.,]+) s");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    StorageProperties storage;

    private record Upload(int status, double seconds, long bytes) {}

    @Test
    void uploading_20_jpegs_of_5_mb_against_dd(@TempDir Path folder) throws Exception {
        String curl = Tools.require("curl", "curl");
        String dd = Tools.require("dd", "coreutils");
        Actor uploader = ((Registration.Registered) accounts.register("bench-uploader", "correct horse battery"))
                .user().toActor();
        String token = TestTokens.secret(tokens, uploader, TokenScope.UPLOAD);
        List<Path> files = photos(folder, WARM_UP + FILES);
        for (Path file : files.subList(0, WARM_UP)) {
            assertThat(upload(curl, token, file).status()).isEqualTo(201);
        }
        String loadBefore = Machine.loadAverage();

        Dd before = new Dd(ddMegabytesPerSecond(dd, DD_MB, 1), ddMegabytesPerSecond(dd, DD_FILE_MB, FILES));
        List<Upload> uploads = new ArrayList<>();
        long started = System.nanoTime();
        for (Path file : files.subList(WARM_UP, files.size())) {
            uploads.add(upload(curl, token, file));
        }
        double wallSeconds = (System.nanoTime() - started) / 1e9;
        Dd after = new Dd(ddMegabytesPerSecond(dd, DD_MB, 1), ddMegabytesPerSecond(dd, DD_FILE_MB, FILES));

        assertThat(uploads).allSatisfy(upload -> assertThat(upload.status()).isEqualTo(201));
        PerformanceReport.write("upload", report(curl, uploads, wallSeconds, before, after, loadBefore));
    }

    /** dd's rates in MB/s: the 100 MB in one stream, and file by file. */
    private record Dd(double stream, double fileByFile) {}

    /** Distinct files: one photo, each copy with its own JPEG comment right after the start marker. */
    private static List<Path> photos(Path folder, int count) throws IOException {
        byte[] photo = TestImages.photo(5200, 3450, 7);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] comment = ("Lightbox upload benchmark, file " + i).getBytes(StandardCharsets.US_ASCII);
            byte[] copy = new byte[photo.length + 4 + comment.length];
            copy[0] = (byte) 0xFF;
            copy[1] = (byte) 0xD8;
            copy[2] = (byte) 0xFF;
            copy[3] = (byte) 0xFE;
            copy[4] = (byte) ((comment.length + 2) >> 8);
            copy[5] = (byte) (comment.length + 2);
            System.arraycopy(comment, 0, copy, 6, comment.length);
            System.arraycopy(photo, 2, copy, 6 + comment.length, photo.length - 2);
            files.add(Files.write(folder.resolve("photo-" + i + ".jpg"), copy));
        }
        return files;
    }

    private Upload upload(String curl, String token, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(curl, "-sS", "-o", "/dev/null", "-w", WRITE_OUT, "-H", "@-",
                "-F", "file=@" + file + ";type=image/jpeg", "http://127.0.0.1:" + port + "/api/v1/images").start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(("Authorization: Bearer " + token + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        String[] out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().split(" ");
        assertThat(process.waitFor()).as(new String(process.getErrorStream().readAllBytes())).isZero();
        return new Upload(Integer.parseInt(out[0]), Double.parseDouble(out[1]), Long.parseLong(out[2]));
    }

    /**
     * The median of {@value #DD_ROUNDS} runs of dd writing into the storage folder: each run writes
     * {@code files} files of {@code megabytes} MB one after another, each synced before the next begins,
     * and its rate is all the bytes over all the time.
     */
    private double ddMegabytesPerSecond(String dd, int megabytes, int files) throws IOException, InterruptedException {
        Path target = storage.location().resolve("dd.tmp");
        List<Double> rates = new ArrayList<>();
        try {
            for (int round = 0; round < DD_ROUNDS; round++) {
                long bytes = 0;
                double seconds = 0;
                for (int file = 0; file < files; file++) {
                    Process process = new ProcessBuilder(dd, "if=/dev/zero", "of=" + target, "bs=1M",
                            "count=" + megabytes, "conv=fdatasync").redirectErrorStream(true).start();
                    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                    assertThat(process.waitFor()).as(output).isZero();
                    Matcher result = DD_RESULT.matcher(output);
                    assertThat(result.find()).as(output).isTrue();
                    bytes += Long.parseLong(result.group(1));
                    seconds += Double.parseDouble(result.group(2).replace(',', '.'));
                    Files.delete(target);
                }
                rates.add(bytes / 1e6 / seconds);
            }
        } finally {
            Files.deleteIfExists(target);
        }
        return rates.stream().sorted().toList().get(DD_ROUNDS / 2);
    }

    private String report(String curl, List<Upload> uploads, double wallSeconds, Dd before, Dd after,
            String loadBefore) {
        long bytes = uploads.stream().mapToLong(Upload::bytes).sum();
        double seconds = uploads.stream().mapToDouble(Upload::seconds).sum();
        double rate = bytes / 1e6 / seconds;
        double fileByFile = Math.min(before.fileByFile(), after.fileByFile());
        double stream = Math.min(before.stream(), after.stream());
        Upload slowest = uploads.stream().max(Comparator.comparingDouble(Upload::seconds)).orElseThrow();
        return """
                ## Uploading through the API: `POST /api/v1/images`

                %d photo-like JPEGs of %.2f MB on average (%.0f MB in all, each with different bytes so that none is
                answered from the library's copy), posted one after another with `%s` (one process per file, the
                token on its standard input) to Lightbox on loopback, as it runs: stored while they arrive, the
                location check, the checksum, fsync of the file and of its row, then derivatives made in the
                background by its one worker. %d uploads before them warm the server up (a server that has run a
                while; the first upload of a fresh JVM takes 0.4–0.9 s).

                Reference, measured in the same run: dd writing into the storage folder with `conv=fdatasync`, the
                disk's own sequential write with fsync, median of %d runs before and %d after the uploads; the slower
                of the two medians counts. Two ways: **file by file**, %d × `dd bs=1M count=%d conv=fdatasync`, each
                file synced before the next, which is the write the library must make (a file is on disk before its
                link is answered, and survives `kill -9` or a power cut); and **in one stream**,
                `dd bs=1M count=%d conv=fdatasync`, which syncs once at the end and so mostly measures copying into
                the page cache. Target: at least %.1f× the file-by-file rate.

                | Figure | Measured | Reference: dd | Ratio (target) | Met |
                |---|---:|---:|---:|---|
                | Upload rate (bytes sent ÷ curl's total time) | %.1f MB/s | file by file: %.1f MB/s (before %.1f, after %.1f) | %.2f× (≥ %.1f×) | %s |
                | | | in one stream: %.1f MB/s (before %.1f, after %.1f) | %.2f× | (for comparison) |
                | Per file | %.0f ms on average, slowest %.0f ms | file by file: %.0f ms per %d MB | | |
                | Wall time of the %d uploads, curl's start included | %.1f s (%.1f MB/s) | | | |

                Command: `%s` · %s · storage on %s · load average before %s, after %s · %s
                %s""".formatted(uploads.size(), bytes / 1e6 / uploads.size(), bytes / 1e6, curl + " -F file=@…",
                WARM_UP, DD_ROUNDS, DD_ROUNDS, FILES, DD_FILE_MB, DD_MB, TARGET,
                rate, fileByFile, before.fileByFile(), after.fileByFile(), rate / fileByFile, TARGET,
                rate / fileByFile >= TARGET ? "yes" : "no",
                stream, before.stream(), after.stream(), rate / stream,
                seconds * 1000 / uploads.size(), slowest.seconds() * 1000, DD_FILE_MB * 1.048576e3 / fileByFile,
                DD_FILE_MB, uploads.size(), wallSeconds, bytes / 1e6 / wallSeconds, COMMAND, Machine.describe(),
                fileSystem(storage.location()), loadBefore, Machine.loadAverage(),
                Instant.now().truncatedTo(ChronoUnit.MINUTES), Machine.busyWarning(loadBefore));
    }

    private static String fileSystem(Path folder) {
        try {
            return Files.getFileStore(folder).type();
        } catch (IOException e) {
            return "an unknown file system";
        }
    }
}
