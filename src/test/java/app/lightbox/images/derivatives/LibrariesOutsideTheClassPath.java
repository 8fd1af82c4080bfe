package app.lightbox.images.derivatives;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Run in a child JVM by {@link PluginRegistrationTest}: loads the derivative maker as Spring Boot's
 * executable jar does, through a class loader of its own that is the thread's context class loader
 * while the JVM's class path holds none of the libraries, and prints the first JPEG reader before
 * and after making the maker, and whether WebP can be read.
 */
public final class LibrariesOutsideTheClassPath {

    private LibrariesOutsideTheClassPath() {}

    /** @param classPath the application's class path, separated by {@link File#pathSeparator} */
    public static void main(String[] classPath) throws Exception {
        System.out.println("before " + firstJpegReader());
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath[0].split(File.pathSeparator)) {
            urls.add(url(entry));
        }
        // Left open, as the executable jar's loader is: the plugins load their classes from it later.
        URLClassLoader application = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(application);
        // By name: naming the class here would load it from the JVM's class path, which lacks it.
        application.loadClass("app.lightbox.images.derivatives.ImageIoDerivativeMaker").getConstructor().newInstance();
        System.out.println("after " + firstJpegReader());
        System.out.println("webp " + ImageIO.getImageReadersByFormatName("webp").hasNext());
    }

    private static String firstJpegReader() {
        return ImageIO.getImageReadersByFormatName("jpeg").next().getClass().getName();
    }

    private static URL url(String entry) throws MalformedURLException {
        return new File(entry).toURI().toURL();
    }
}
