package app.lightbox.images;

import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lightbox.upload.*}.
 *
 * @param maxFileSize uploads with more bytes are refused while they stream in
 * @param maxPixels images whose header declares more pixels (width × height) are refused
 * @param allowedTypes the image formats accepted, judged by the bytes
 * @param maxFilesPerRequest how many files one API request may upload; further files are answered, not stored
 */
@ConfigurationProperties("lightbox.upload")
public record UploadProperties(
        @DefaultValue("16MB") DataSize maxFileSize,
        @DefaultValue("40000000") long maxPixels,
        @DefaultValue({"PNG", "JPEG", "GIF", "WEBP"}) List<ImageFormat> allowedTypes,
        @DefaultValue("50") int maxFilesPerRequest) {

    public UploadProperties {
        if (maxFileSize.toBytes() <= 0) {
            throw new IllegalArgumentException("lightbox.upload.max-file-size must be positive");
        }
        if (maxPixels <= 0) {
            throw new IllegalArgumentException("lightbox.upload.max-pixels must be positive");
        }
        if (allowedTypes.isEmpty()) {
            throw new IllegalArgumentException("lightbox.upload.allowed-types must name at least one type");
        }
        if (maxFilesPerRequest <= 0) {
            throw new IllegalArgumentException("lightbox.upload.max-files-per-request must be positive");
        }
        allowedTypes = List.copyOf(new LinkedHashSet<>(allowedTypes));
    }
}
