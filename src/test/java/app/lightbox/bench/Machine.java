package app.lightbox.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a benchmark ran on, for the report: figures mean little without it. */
public final class Machine {

    private Machine() {}

    /** CPU model, cores, JDK and OS, in one line. */
    public static String describe() {
        return "%s, %d cores, JDK %s (%s), %s %s".formatted(cpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("java.vm.name"), System.getProperty("os.name"),
                System.getProperty("os.version"));
    }

    /** The 1, 5 and 15 minute load averages (other work on the machine skews the figures). */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * A warning for the report when other work kept the cores busy before the run (a 1-minute load
     * average above the number of cores): the JVM then gets less CPU than a C server needs, and the
     * figures understate it. Empty otherwise.
     */
    public static String busyWarning(String loadAverage) {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            double load = Double.parseDouble(loadAverage.split(" ")[0]);
            return load > cores ? "\n**Measured on a busy machine** (load %.1f on %d cores): the figures say little."
                    .formatted(load, cores) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
