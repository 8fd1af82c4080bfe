package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.images.UploadLimits;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadFileListI18N;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.UploadManager;
import java.util.Locale;
import java.util.Optional;

/** The texts of Vaadin's upload components, from our bundles, for the library and the editor alike. */
public final class UploadTexts {

    private UploadTexts() {}

    /** For the all-in-one {@code Upload} of the library. */
    static UploadI18N forUpload(Component c, int maxFiles, UploadLimits limits) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(c.getTranslation("images.upload.drop-one"))
                .setMany(c.getTranslation("images.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(c.getTranslation("images.upload.add-one"))
                .setMany(c.getTranslation("images.upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(c.getTranslation("images.upload.too-many-files", maxFiles))
                .setFileIsTooBig(tooBig(c, limits))
                .setIncorrectFileType(wrongType(c, limits)));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("images.upload.connecting"))
                        .setStalled(c.getTranslation("images.upload.stalled"))
                        .setProcessing(c.getTranslation("images.upload.processing"))
                        .setHeld(c.getTranslation("images.upload.queued")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("images.upload.remaining"))
                        .setUnknown(c.getTranslation("images.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("images.upload.server-unavailable"))
                        .setUnexpectedServerError(c.getTranslation("images.upload.server-error"))
                        .setForbidden(c.getTranslation("images.upload.forbidden"))
                        .setFileTooLarge(tooBig(c, limits))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(c.getTranslation("images.upload.retry"))
                .setStart(c.getTranslation("images.upload.start"))
                .setRemove(c.getTranslation("images.upload.remove")));
        i18n.setUnits(ByteSize.UNITS, ByteSize.BASE);
        return i18n;
    }

    /** For the file list of a modular upload ({@code UploadManager}), as in the post editor. */
    public static UploadFileListI18N forFileList(Component c, int maxFiles, UploadLimits limits) {
        UploadFileListI18N i18n = new UploadFileListI18N();
        i18n.setError(new UploadFileListI18N.Error()
                .setTooManyFiles(c.getTranslation("images.upload.too-many-files", maxFiles))
                .setFileIsTooBig(tooBig(c, limits))
                .setIncorrectFileType(wrongType(c, limits)));
        i18n.setUploading(new UploadFileListI18N.Uploading()
                .setStatus(new UploadFileListI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("images.upload.connecting"))
                        .setStalled(c.getTranslation("images.upload.stalled"))
                        .setProcessing(c.getTranslation("images.upload.processing"))
                        .setHeld(c.getTranslation("images.upload.queued")))
                .setRemainingTime(new UploadFileListI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("images.upload.remaining"))
                        .setUnknown(c.getTranslation("images.upload.remaining-unknown")))
                .setError(new UploadFileListI18N.Uploading.UploadError()
                        .setServerUnavailable(c.getTranslation("images.upload.server-unavailable"))
                        .setUnexpectedServerError(c.getTranslation("images.upload.server-error"))
                        .setForbidden(c.getTranslation("images.upload.forbidden"))
                        .setFileTooLarge(tooBig(c, limits))));
        i18n.setFile(new UploadFileListI18N.File()
                .setRetry(c.getTranslation("images.upload.retry"))
                .setStart(c.getTranslation("images.upload.start"))
                .setRemove(c.getTranslation("images.upload.remove")));
        i18n.setUnits(ByteSize.UNITS, ByteSize.BASE);
        return i18n;
    }

    /** Why the browser refused a file before sending it. */
    public static String refusal(Component c, UploadManager.FileRejectionReason reason, int maxFiles, UploadLimits limits) {
        return switch (reason) {
            case TOO_MANY_FILES -> c.getTranslation("images.upload.too-many-files", maxFiles);
            case FILE_TOO_LARGE -> tooBig(c, limits);
            case INCORRECT_FILE_TYPE -> wrongType(c, limits);
            case UNKNOWN -> c.getTranslation("images.upload.refused-unknown");
        };
    }

    /** "Only these image types can be uploaded: PNG, JPEG, GIF, WebP.", as the server's own refusal says. */
    private static String wrongType(Component c, UploadLimits limits) {
        return c.getTranslation("images.upload.wrong-type", limits.acceptedTypesText());
    }

    /** "larger than the 16 MB limit", as the server's own refusal names it too. */
    private static String tooBig(Component c, UploadLimits limits) {
        Locale locale = c.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(Locale.ENGLISH);
        return c.getTranslation("images.upload.file-too-big", ByteSize.format(limits.maxFileSize(), locale));
    }
}
