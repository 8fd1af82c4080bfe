package app.lightbox.images.derivatives;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a child JVM with a small heap by {@link BoundedMemoryTest} and the DerivativeBenchmark: makes the
 * display size (1280) and thumbnail (320) of each file given, writes them beside it as
 * {@code <file>-<side>.<jpg|png>}, and prints the peak heap in MB. Exits non-zero on any failure.
 */
public final class MakeDerivatives {

    static final List<Integer> SIDES = List.of(1280, 320);

    /** What the line giving the peak heap in MB starts with. */
    public static final String PEAK_HEAP = "peak-heap-mb ";

    private MakeDerivatives() {}

    public static void main(String[] files) throws IOException {
        DerivativeMaker maker = new ImageIoDerivativeMaker();
        for (String name : files) {
            File file = new File(name);
            try (InputStream in = new FileInputStream(file)) {
                for (Rendition rendition : maker.make(in, SIDES)) {
                    String extension = rendition.format().extension();
                    Files.write(new File(name + "-" + rendition.longSide() + extension).toPath(), rendition.bytes());
                }
            }
        }
        System.out.println(PEAK_HEAP + peakHeapBytes() / (1 << 20));
    }

    /** A JVM on the current class path that runs this with the given heap option, e.g. {@code -Xmx256m}. */
    public static ProcessBuilder inChildJvm(String heap, String... files) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), MakeDerivatives.class.getName()));
        command.addAll(List.of(files));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The sum of the heap pools' peaks: an upper bound of the heap used at any one moment. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
