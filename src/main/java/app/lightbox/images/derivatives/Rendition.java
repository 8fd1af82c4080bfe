package app.lightbox.images.derivatives;

import app.lightbox.images.ImageFormat;

/**
 * One made rendition of an image.
 *
 * @param longSide the long side that was asked for
 * @param width its width in pixels, as displayed (orientation applied)
 * @param height its height in pixels, as displayed
 * @param format {@link ImageFormat#JPEG} or {@link ImageFormat#PNG}
 * @param bytes the encoded file
 */
public record Rendition(int longSide, int width, int height, ImageFormat format, byte[] bytes) {}
