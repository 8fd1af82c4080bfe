package app.lightbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerformanceReportTest {

    @TempDir
    Path dir;

    @Test
    void a_section_is_appended_once_and_then_replaced_leaving_the_others_alone() throws Exception {
        Path file = dir.resolve("performance.md");
        PerformanceReport.write(file, "a", "first A");
        PerformanceReport.write(file, "b", "only B");
        PerformanceReport.write(file, "a", "second A");

        String text = Files.readString(file);
        assertThat(text).contains("second A", "only B").doesNotContain("first A");
        assertThat(text.indexOf("second A")).isLessThan(text.indexOf("only B"));
        assertThat(text.split("<!-- bench:a -->", -1)).hasSize(2);
    }
}
