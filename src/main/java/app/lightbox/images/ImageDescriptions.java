package app.lightbox.images;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.Actor;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an image is called and what it shows: its original name and its description (the alt text posts
 * give it), changed by its uploader or an admin. Both are plain text on one line.
 */
@Service
public class ImageDescriptions {

    /** The width of {@code stored_image.description}: a few sentences, as alt text should be. */
    public static final int MAX_DESCRIPTION = 500;
    /** The width of {@code stored_image.original_name}. */
    public static final int MAX_NAME = OriginalName.MAX_LENGTH;

    private final StoredImageRepository images;

    ImageDescriptions(StoredImageRepository images) {
        this.images = images;
    }

    /**
     * Renames the image, cleaned as an upload's name is ({@link OriginalName}); its link stays the same.
     *
     * @throws IllegalArgumentException if nothing is left of the name once cleaned
     * @throws NotFoundException if there is no such image
     * @throws NotPermittedException unless the actor uploaded it or is an admin
     */
    @Transactional
    public ImageSummary rename(String storedName, String name, Actor actor) {
        String cleaned = OriginalName.clean(oneLine(name), "");
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("An image's name cannot be empty");
        }
        StoredImage image = changeable(storedName, actor);
        image.rename(cleaned);
        return saved(image);
    }

    /**
     * Sets the description: trimmed, on one line, without hidden characters; empty removes it.
     *
     * @throws IllegalArgumentException if it is longer than {@value #MAX_DESCRIPTION} characters once trimmed
     * @throws NotFoundException if there is no such image
     * @throws NotPermittedException unless the actor uploaded it or is an admin
     */
    @Transactional
    public ImageSummary describe(String storedName, String description, Actor actor) {
        String cleaned = OriginalName.withoutHiddenCharacters(oneLine(description)).strip();
        if (cleaned.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("A description has at most " + MAX_DESCRIPTION + " characters");
        }
        StoredImage image = changeable(storedName, actor);
        image.describe(cleaned);
        return saved(image);
    }

    /** Line breaks, with the spaces around them, become one space: alt text is one line. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }

    private StoredImage changeable(String storedName, Actor actor) {
        StoredImage image = (ImageStorage.isValidName(storedName) ? images.findByStoredName(storedName)
                : Optional.<StoredImage>empty()).orElseThrow(() -> new NotFoundException("Image " + storedName));
        if (!actor.mayChange(image.getUploaderId())) {
            throw new NotPermittedException("Only the uploader or an admin may change image " + storedName);
        }
        return image;
    }

    private ImageSummary saved(StoredImage image) {
        images.flush();
        return images.findSummary(image.getStoredName()).orElseThrow();
    }
}
