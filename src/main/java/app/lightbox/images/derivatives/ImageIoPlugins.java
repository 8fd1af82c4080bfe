package app.lightbox.images.derivatives;

import javax.imageio.ImageIO;

/**
 * Registers the ImageIO plugins on the class path once. In a Spring Boot fat jar ImageIO's own
 * start-up scan sees only the JDK's plugins, and TwelveMonkeys' JPEG reader finds its JDK delegate
 * only when registered by a scan (TwelveMonkeys issues #463 and #868).
 */
final class ImageIoPlugins {

    private static volatile boolean registered;

    private ImageIoPlugins() {}

    static void register() {
        if (!registered) {
            synchronized (ImageIoPlugins.class) {
                if (!registered) {
                    ImageIO.scanForPlugins();
                    registered = true;
                }
            }
        }
    }
}
