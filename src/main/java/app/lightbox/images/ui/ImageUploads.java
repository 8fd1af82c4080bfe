package app.lightbox.images.ui;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.Refusal;
import app.lightbox.images.StoreResult;
import app.lightbox.images.UploadLimits;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFileList;
import com.vaadin.flow.component.upload.UploadManager;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * One configured image upload, the same in the library and the post editor: Vaadin's upload component
 * gets the limits and texts, each file (dropped, chosen or pasted anywhere on the page) streams straight
 * into {@link ImageService#store}, and how it ended is listed under the component ({@link FinishedUploads})
 * and told to the view. Whatever an upload can answer therefore reaches both places by construction.
 *
 * <p>Outcomes reach the view through {@code UI.access}: the bytes arrive on the upload request's thread,
 * outside the session lock.
 */
public final class ImageUploads implements Serializable {

    /** What a view does with uploads; runs in the UI. */
    public interface Listener extends Serializable {

        /** A file starts to arrive; what this answers hears how it ends. */
        Arrival starting();

        /** A file was not stored, for the reason given (in the UI's language); it is listed already. */
        default void refused(String fileName, String reason) {}
    }

    /** How one file's upload ended; runs in the UI. */
    public interface Arrival extends Serializable {

        void stored(ImageSummary image);

        /**
         * The same image is in the library already: nothing new was stored, and this is that image (it is
         * listed under the component with who uploaded it and when). The editor inserts it all the same.
         */
        default void alreadyStored(ImageSummary image) {
            notStored();
        }

        /** Refused, cancelled or broken off: nothing was stored. */
        default void notStored() {}
    }

    private final ImageService images;
    private final Actor uploader;
    private final Listener listener;
    private final UploadLimits limits;
    private final int maxFiles;
    private final FinishedUploads finished;

    private ImageUploads(ImageService images, Actor uploader, int maxFiles, Listener listener,
            FinishedUploads finished) {
        this.images = images;
        this.uploader = uploader;
        this.listener = listener;
        this.limits = images.limits();
        this.maxFiles = maxFiles;
        this.finished = finished;
    }

    /** Configures the all-in-one upload component of a page, and pasted files while it is attached. */
    public static ImageUploads into(Upload upload, ImageService images, Actor uploader, int maxFiles,
            Listener listener) {
        ImageUploads uploads = new ImageUploads(images, uploader, maxFiles, listener,
                new FinishedUploads(upload::clearFileList));
        UploadLimits limits = uploads.limits;
        upload.setUploadHandler(uploads.finished.tracking(uploads::receive));
        upload.setMaxFiles(maxFiles);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize()));
        upload.setAcceptedMimeTypes(limits.acceptedMediaTypes().toArray(String[]::new));
        upload.setI18n(UploadTexts.forUpload(upload, maxFiles, limits));
        upload.addFileRejectedListener(e -> uploads.refused(e.getFileName(), e.getErrorMessage()));
        upload.addAllFinishedListener(e -> uploads.finished.allFinished());
        PasteUploads.whileAttached(upload, uploads::receive);
        return uploads;
    }

    /**
     * Configures the manager of a modular upload (its buttons and drop zones are the caller's), and
     * pasted files while its owner is attached.
     *
     * @param owner the component the manager belongs to
     */
    public static ImageUploads into(UploadManager manager, Component owner, ImageService images, Actor uploader,
            int maxFiles, Listener listener) {
        ImageUploads uploads = new ImageUploads(images, uploader, maxFiles, listener,
                new FinishedUploads(manager::clearFileList));
        UploadLimits limits = uploads.limits;
        manager.setUploadHandler(uploads.finished.tracking(uploads::receive));
        manager.setMaxFiles(maxFiles);
        manager.setMaxFileSize(limits.maxFileSize());
        manager.setAcceptedMimeTypes(limits.acceptedMediaTypes().toArray(String[]::new));
        manager.addFileRejectedListener(e -> uploads.refused(e.getFileName(),
                UploadTexts.refusal(owner, e.getReason(), maxFiles, limits)));
        manager.addAllFinishedListener(e -> uploads.finished.allFinished());
        PasteUploads.whileAttached(owner, uploads::receive);
        return uploads;
    }

    /** The outcomes that stay under the component: refusals with their reasons, "Clear finished". */
    public FinishedUploads finished() {
        return finished;
    }

    /** A list of the manager's files with their progress, in our texts. */
    public UploadFileList fileList(UploadManager manager, Component owner) {
        UploadFileList files = new UploadFileList(manager);
        files.setI18n(UploadTexts.forFileList(owner, maxFiles, limits));
        return files;
    }

    private void refused(String fileName, String reason) {
        finished.refused(fileName, reason);
        listener.refused(fileName, reason);
    }

    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        Arrival[] arrival = new Arrival[1];
        ui.accessSynchronously(() -> arrival[0] = listener.starting());
        try (InputStream in = event.getInputStream()) {
            switch (images.store(in, fileName, uploader)) {
                case StoreResult.Stored stored -> ui.access(() -> arrival[0].stored(stored.image()));
                case StoreResult.AlreadyStored known -> ui.access(() -> {
                    finished.alreadyStored(fileName, known.image());
                    arrival[0].alreadyStored(known.image());
                });
                case StoreResult.Refused refused -> {
                    // in the UI's language: Component.getTranslation(key, …) goes by UI.getCurrent(),
                    // which an upload's request thread does not have
                    String reason = ui.getTranslation(ui.getLocale(), refused.messageKey(), refused.args());
                    if (refused.reason() == Refusal.INTERRUPTED) {
                        // a cancel button or a lost connection: listed quietly, nobody awaits an answer
                        ui.access(() -> {
                            finished.cancelled(fileName, reason);
                            arrival[0].notStored();
                        });
                    } else {
                        event.reject(reason);
                        ui.access(() -> {
                            refused(fileName, reason);
                            arrival[0].notStored();
                        });
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // broken off: a view waiting for this file (the editor keeps their order) must not wait for ever
            ui.access(() -> arrival[0].notStored());
            throw e;
        }
    }
}
