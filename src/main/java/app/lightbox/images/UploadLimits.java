package app.lightbox.images;

import java.util.List;

/**
 * What uploads may be, for the UI to tell the browser and the user. The service checks all of it
 * again on the bytes.
 *
 * @param maxFileSize in bytes
 * @param maxPixels width × height, at most
 * @param acceptedMediaTypes e.g. {@code image/png}
 * @param acceptedExtensions with the dot, e.g. {@code .png}, {@code .jpg}, {@code .jpeg}
 * @param acceptedTypeNames the names users know, e.g. {@code WebP}
 */
public record UploadLimits(long maxFileSize, long maxPixels, List<String> acceptedMediaTypes,
        List<String> acceptedExtensions, List<String> acceptedTypeNames) {

    public UploadLimits {
        acceptedMediaTypes = List.copyOf(acceptedMediaTypes);
        acceptedExtensions = List.copyOf(acceptedExtensions);
        acceptedTypeNames = List.copyOf(acceptedTypeNames);
    }

    /** The limits that this configuration sets. */
    static UploadLimits of(UploadProperties upload) {
        List<ImageFormat> types = upload.allowedTypes();
        return new UploadLimits(upload.maxFileSize().toBytes(), upload.maxPixels(),
                types.stream().map(ImageFormat::mediaType).toList(),
                types.stream().flatMap(t -> t.extensions().stream()).toList(),
                types.stream().map(ImageFormat::displayName).toList());
    }

    /** "PNG, JPEG, GIF, WebP": what a refusal of a file's type names as accepted. */
    public String acceptedTypesText() {
        return String.join(", ", acceptedTypeNames);
    }
}
