package app.lightbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** What a benchmark ran on, for the line under its table: the date, the command, CPU, cores, JDK and load. */
final class Machine {

    private Machine() {}

    static String describe(String command) {
        return "Measured %s by `%s` on %s (%d cores), %s %s, load average %s before the run.".formatted(
                LocalDate.now(ZoneOffset.UTC), command, cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("an unknown CPU");
        } catch (IOException e) {
            return "an unknown CPU";
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
