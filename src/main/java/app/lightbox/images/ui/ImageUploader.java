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
 * The library's drop zone, configured by {@link ImageUploads}: the browser shows each file's own progress
 * bar and cancel button; refusals, whether the browser's (type, size, count) or the server's, are listed
 * by file name with their reason. Pasting an image anywhere on the page uploads it too.
 */
class ImageUploader extends Composite<Div> {

    static final int MAX_FILES = 100;

    ImageUploader(ImageService images, Actor uploader, SerializableConsumer<ImageSummary> onStored) {
        Upload upload = new Upload();
        upload.addClassName("image-upload");
        ImageUploads uploads = ImageUploads.into(upload, images, uploader, MAX_FILES, () -> onStored::accept);
        UploadLimits limits = images.limits();
        upload.setDropLabel(new Span(getTranslation("images.upload.drop-label",
                ByteSize.format(limits.maxFileSize(), getLocale()), limits.acceptedTypesText())));
        getContent().addClassName("image-uploader");
        getContent().add(upload, uploads.finished());
    }
}
