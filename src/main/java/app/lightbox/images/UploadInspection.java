package app.lightbox.images;

import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.storage.PendingFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Whether received bytes are an image the library takes, judged by the bytes themselves and the upload
 * settings: a type it accepts, a header it can read, not too many pixels. The name and the type the
 * browser claimed play no part.
 */
final class UploadInspection {

    /** What the bytes are: an image the library takes, or a refusal. */
    sealed interface Verdict permits Accepted, Rejected {}

    /** An image the library takes, with what its header says. */
    record Accepted(ImageHeader header) implements Verdict {}

    /** Not an image the library takes, and why. */
    record Rejected(Refused refusal) implements Verdict {}

    private final UploadProperties upload;

    UploadInspection(UploadProperties upload) {
        this.upload = upload;
    }

    /** The header of an acceptable image, or why it is refused; reads no further than the header. */
    Verdict inspect(PendingFile pending, String acceptedTypesText) throws IOException {
        if (pending.size() == 0) {
            return new Rejected(new Refused(Refusal.EMPTY));
        }
        Optional<ImageFormat> format;
        Optional<ImageHeader> header = Optional.empty();
        try (InputStream in = new BufferedInputStream(pending.open())) {
            in.mark(ImageFormat.SIGNATURE_LENGTH);
            format = ImageFormat.detect(in.readNBytes(ImageFormat.SIGNATURE_LENGTH))
                    .filter(upload.allowedTypes()::contains);
            in.reset();
            if (format.isPresent()) {
                header = ImageHeader.read(format.get(), in);
            }
        }
        if (format.isEmpty()) {
            return new Rejected(new Refused(Refusal.UNSUPPORTED_TYPE, acceptedTypesText));
        }
        if (header.isEmpty()) {
            return new Rejected(new Refused(Refusal.UNREADABLE));
        }
        ImageHeader image = header.get();
        if (image.largestPixels() > upload.maxPixels()) {
            return new Rejected(new Refused(Refusal.TOO_MANY_PIXELS, image.largestWidth(), image.largestHeight(), upload.maxPixels()));
        }
        return new Accepted(image);
    }
}
