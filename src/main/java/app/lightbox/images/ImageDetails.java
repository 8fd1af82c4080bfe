package app.lightbox.images;

import app.lightbox.base.SearchTerms;
import app.lightbox.images.storage.ImageStorage;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the viewer shows beyond a card: an image's neighbours in a list, and when and with what it was taken. */
@Service
public class ImageDetails {

    private static final Logger log = LoggerFactory.getLogger(ImageDetails.class);
    private static final DateTimeFormatter EXIF_DATE = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    /** The images before and after one in a newest-first list; null at either end. */
    public record Neighbours(@Nullable String newer, @Nullable String older) {}

    /**
     * When and with what a photo was taken, as its Exif says; null where it says nothing.
     *
     * @param takenAt the camera's own clock, which knows no time zone
     */
    public record Capture(@Nullable LocalDateTime takenAt, @Nullable String camera) {
        public static final Capture UNKNOWN = new Capture(null, null);
    }

    private final StoredImageRepository images;
    private final ImageStorage storage;

    ImageDetails(StoredImageRepository images, ImageStorage storage) {
        this.images = images;
        this.storage = storage;
    }

    /**
     * The images next to this one in the library's order (newest first: upload time, then id) under the
     * filter: two one-row queries, whatever the library's size. The image itself need not pass the filter.
     */
    @Transactional(readOnly = true)
    public Neighbours neighbours(ImageSummary image, ImageFilter filter) {
        String pattern = filter.searches() ? SearchTerms.containsPattern(filter.nameContains()) : "%";
        PageRequest one = PageRequest.of(0, 1);
        return new Neighbours(
                first(images.findNewer(image.uploadedAt(), image.id(), pattern, filter.unusedOnly(), one)),
                first(images.findOlder(image.uploadedAt(), image.id(), pattern, filter.unusedOnly(), one)));
    }

    /** Read from the stored file each time (metadata-extractor); unknown where it has no Exif or cannot be read. */
    public Capture capture(String storedName) {
        if (!ImageStorage.isValidName(storedName)) {
            return Capture.UNKNOWN;
        }
        try (InputStream in = storage.open(storedName)) {
            Metadata metadata = ImageMetadataReader.readMetadata(in);
            return new Capture(takenAt(metadata), camera(metadata));
        } catch (IOException | ImageProcessingException | RuntimeException e) {
            log.debug("No Exif read from {}: {}", storedName, e.toString());
            return Capture.UNKNOWN;
        }
    }

    private static @Nullable LocalDateTime takenAt(Metadata metadata) {
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            for (int tag : List.of(ExifDirectoryBase.TAG_DATETIME_ORIGINAL, ExifDirectoryBase.TAG_DATETIME_DIGITIZED)) {
                String text = exif.getString(tag);
                if (text != null) {
                    try {
                        return LocalDateTime.parse(text.strip(), EXIF_DATE);
                    } catch (DateTimeParseException unreadable) {
                        // a camera without a set clock writes "0000:00:00 00:00:00"
                    }
                }
            }
        }
        return null;
    }

    /** "Canon EOS R6", not "Canon Canon EOS R6": many cameras repeat the make in the model. */
    private static @Nullable String camera(Metadata metadata) {
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 == null) {
            return null;
        }
        String make = clean(ifd0.getString(ExifDirectoryBase.TAG_MAKE));
        String model = clean(ifd0.getString(ExifDirectoryBase.TAG_MODEL));
        if (model.isEmpty()) {
            return make.isEmpty() ? null : make;
        }
        return make.isEmpty() || model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT).split(" ")[0])
                ? model : make + " " + model;
    }

    private static String clean(@Nullable String text) {
        return text == null ? "" : OriginalName.withoutHiddenCharacters(text).strip();
    }

    private static @Nullable String first(List<String> names) {
        return names.isEmpty() ? null : names.getFirst();
    }
}
