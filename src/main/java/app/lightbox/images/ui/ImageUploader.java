package app.lightbox.images.ui;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.UploadLimits;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * The library's drop zone. Each file goes to an {@link ImageUploadReceiver}; the browser shows each
 * file's own progress bar and cancel button. Refusals, whether the browser's (type, size, count) or
 * the server's, are listed by file name with their reason. Pasting an image anywhere on the page
 * uploads it too.
 */
class ImageUploader extends Composite<Div> {

    static final int MAX_FILES = 100;

    private final ImageUploadReceiver receiver;
    private final UnorderedList refusals = new UnorderedList();
    private Registration pasteRegistration;

    ImageUploader(ImageService images, Actor uploader, SerializableConsumer<ImageSummary> onStored) {
        this.receiver = new ImageUploadReceiver(images, uploader, onStored, this::refuse);
        UploadLimits limits = images.limits();

        Upload upload = new Upload(receiver);
        upload.addClassName("image-upload");
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize()));
        upload.setAcceptedMimeTypes(limits.acceptedMediaTypes().toArray(String[]::new));
        upload.setI18n(i18n());
        upload.setDropLabel(new Span(getTranslation("images.upload.drop-label",
                ByteSizes.format(limits.maxFileSize(), getLocale()))));
        upload.addFileRejectedListener(e -> refuse(e.getFileName(), e.getErrorMessage()));

        refusals.addClassName("upload-refusals");
        refusals.getElement().setAttribute("aria-live", "polite");
        refusals.getElement().setAttribute("aria-label", getTranslation("images.upload.refusals"));
        getContent().addClassName("image-uploader");
        getContent().add(upload, refusals);
    }

    /** Images pasted anywhere on the page (a screenshot from the clipboard) are uploaded the same way. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        pasteRegistration = Clipboard.onFilePaste(event.getUI(), receiver);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pasteRegistration != null) {
            pasteRegistration.remove();
            pasteRegistration = null;
        }
        super.onDetach(event);
    }

    private void refuse(String fileName, String reason) {
        Span name = new Span(fileName);
        name.addClassName("refused-name");
        refusals.addComponentAsFirst(new ListItem(name, new Span(" — " + reason)));
    }

    private UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("images.upload.drop-one"))
                .setMany(getTranslation("images.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("images.upload.add-one"))
                .setMany(getTranslation("images.upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("images.upload.too-many-files", MAX_FILES))
                .setFileIsTooBig(getTranslation("images.upload.file-too-big"))
                .setIncorrectFileType(getTranslation("images.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("images.upload.connecting"))
                        .setStalled(getTranslation("images.upload.stalled"))
                        .setProcessing(getTranslation("images.upload.processing"))
                        .setHeld(getTranslation("images.upload.queued")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("images.upload.remaining"))
                        .setUnknown(getTranslation("images.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("images.upload.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("images.upload.server-error"))
                        .setForbidden(getTranslation("images.upload.forbidden"))
                        .setFileTooLarge(getTranslation("images.upload.file-too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("images.upload.retry"))
                .setStart(getTranslation("images.upload.start"))
                .setRemove(getTranslation("images.upload.remove")));
        i18n.setUnits(ByteSizes.units(), ByteSizes.BASE);
        return i18n;
    }
}
