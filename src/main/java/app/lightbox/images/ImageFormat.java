package app.lightbox.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image formats Lightbox knows, recognised by their first bytes. */
public enum ImageFormat {
    PNG("PNG", "image/png", ".png"),
    JPEG("JPEG", "image/jpeg", ".jpg", ".jpeg"),
    GIF("GIF", "image/gif", ".gif"),
    WEBP("WebP", "image/webp", ".webp");

    /** How many leading bytes {@link #detect} needs. */
    static final int SIGNATURE_LENGTH = 12;

    /** Image extensions of formats Lightbox does not take, which a renamed file may still carry. */
    private static final List<String> OTHER_IMAGE_EXTENSIONS =
            List.of(".bmp", ".tif", ".tiff", ".heic", ".heif", ".avif", ".svg", ".ico", ".jxl");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final String displayName;
    private final String mediaType;
    private final List<String> extensions;

    ImageFormat(String displayName, String mediaType, String... extensions) {
        this.displayName = displayName;
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /** The name users know, e.g. "WebP". */
    public String displayName() {
        return displayName;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extension stored files get, e.g. {@code .jpg}. */
    public String extension() {
        return extensions.getFirst();
    }

    /** Every extension files of this format commonly have, the canonical one first. */
    public List<String> extensions() {
        return extensions;
    }

    /** The format of a media type as stored with each image, e.g. {@code image/png}. */
    static Optional<ImageFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /**
     * A file name that says what the file is: {@code photo.jpg} holding a PNG becomes {@code photo.png},
     * a name without an extension gets this format's; a name that already fits stays as it is.
     */
    String fileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        if (extensions.contains(extension)) {
            return name;
        }
        boolean anotherImageType = Arrays.stream(values()).anyMatch(f -> f.extensions.contains(extension))
                || OTHER_IMAGE_EXTENSIONS.contains(extension);
        return (anotherImageType ? name.substring(0, dot) : name) + extension();
    }

    /** The format the leading bytes announce, if any; names and declared content types play no part. */
    static Optional<ImageFormat> detect(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, ascii("RIFF")) && head.length >= 12
                && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
