package app.lightbox.images.ui;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.Refusal;
import app.lightbox.images.StoreResult;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Where every upload of an image lands, whichever component it came from (the library's drop zone,
 * the post editor, a paste): each file streams straight into {@link ImageService#store}, and the
 * outcome reaches the view through {@code UI.access}, since this runs on the upload request's
 * thread, outside the session lock. A refusal is also sent back to the browser with its reason.
 */
public class ImageUploadReceiver implements UploadHandler {

    private final ImageService images;
    private final Actor uploader;
    private final SerializableConsumer<ImageSummary> onStored;
    private final SerializableBiConsumer<String, String> onRefused;
    private final SerializableBiConsumer<String, String> onCancelled;

    /**
     * @param onStored runs in the UI with the stored image
     * @param onRefused runs in the UI with the file's name and the reason, in the UI's language; also when
     *     the upload was cancelled or cut off
     */
    public ImageUploadReceiver(ImageService images, Actor uploader, SerializableConsumer<ImageSummary> onStored,
            SerializableBiConsumer<String, String> onRefused) {
        this(images, uploader, onStored, onRefused, onRefused);
    }

    /** @param onCancelled instead of {@code onRefused} when the upload stopped before its end, which is no error */
    public ImageUploadReceiver(ImageService images, Actor uploader, SerializableConsumer<ImageSummary> onStored,
            SerializableBiConsumer<String, String> onRefused, SerializableBiConsumer<String, String> onCancelled) {
        this.images = images;
        this.uploader = uploader;
        this.onStored = onStored;
        this.onRefused = onRefused;
        this.onCancelled = onCancelled;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        try (InputStream in = event.getInputStream()) {
            switch (images.store(in, event.getFileName(), uploader)) {
                case StoreResult.Stored stored -> ui.access(() -> onStored.accept(stored.image()));
                case StoreResult.Refused refused -> {
                    // in the UI's language: Component.getTranslation(key, …) goes by UI.getCurrent(),
                    // which an upload's request thread does not have
                    String reason = ui.getTranslation(ui.getLocale(), refused.messageKey(), refused.args());
                    if (refused.reason() == Refusal.INTERRUPTED) {
                        // nobody is listening for an answer any more
                        ui.access(() -> onCancelled.accept(event.getFileName(), reason));
                    } else {
                        event.reject(reason);
                        ui.access(() -> onRefused.accept(event.getFileName(), reason));
                    }
                }
            }
        }
    }
}
