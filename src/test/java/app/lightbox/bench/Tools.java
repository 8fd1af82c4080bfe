package app.lightbox.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** The programs a benchmark compares against, found on this machine or named with the package to install. */
final class Tools {

    private Tools() {}

    /**
     * The path of a program on the PATH (or in /usr/sbin, where Debian puts nginx).
     *
     * @throws AssertionError naming the Debian package to install, if it is missing
     */
    static String require(String program, String debianPackage) {
        String path = System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin";
        return Stream.of(path.split(File.pathSeparator))
                .map(folder -> new File(folder, program))
                .filter(File::canExecute)
                .map(File::getPath)
                .findFirst()
                .orElseThrow(() -> new AssertionError(program + " is missing; this benchmark needs it: sudo apt-get install "
                        + debianPackage));
    }

    /** The first line a program prints about itself, such as its version. */
    static String firstLine(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output.lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
