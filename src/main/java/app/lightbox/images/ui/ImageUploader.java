package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.UploadLimits;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The library's drop zone. Each file goes to an {@link ImageUploadReceiver}; the browser shows each
 * file's own progress bar and cancel button. Refusals, whether the browser's (type, size, count) or
 * the server's, are listed by file name with their reason ({@link FinishedUploads}). Pasting an image
 * anywhere on the page uploads it too.
 */
class ImageUploader extends Composite<Div> {

    static final int MAX_FILES = 100;

    ImageUploader(ImageService images, Actor uploader, SerializableConsumer<ImageSummary> onStored) {
        Upload upload = new Upload();
        FinishedUploads finished = new FinishedUploads(upload::clearFileList);
        ImageUploadReceiver receiver = new ImageUploadReceiver(images, uploader, onStored, finished::refused,
                finished::cancelled);
        UploadLimits limits = images.limits();

        upload.setUploadHandler(finished.tracking(receiver));
        upload.addClassName("image-upload");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize()));
        upload.setAcceptedMimeTypes(limits.acceptedMediaTypes().toArray(String[]::new));
        upload.setI18n(UploadTexts.forUpload(this, MAX_FILES, limits));
        upload.setDropLabel(new Span(getTranslation("images.upload.drop-label",
                ByteSize.format(limits.maxFileSize(), getLocale()), limits.acceptedTypesText())));
        upload.addFileRejectedListener(e -> finished.refused(e.getFileName(), e.getErrorMessage()));
        upload.addAllFinishedListener(e -> finished.allFinished());

        getContent().addClassName("image-uploader");
        getContent().add(upload, finished);
        PasteUploads.whileAttached(this, receiver);
    }

}
