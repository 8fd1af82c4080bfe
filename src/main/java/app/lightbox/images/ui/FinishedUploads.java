package app.lightbox.images.ui;

import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * What is left of uploads once they end, under the browser's own list of files with their progress, in the
 * library and the editor alike. A stored file leaves that list by itself after a few seconds (styles.css,
 * "Finished uploads leave"); a file not stored stays in the {@link RefusalList} with its reason until it is
 * dismissed. "Clear finished" empties both. It is there only while no file is on its way or queued, since
 * Vaadin clears its file list only as a whole, running uploads included; it is hidden rather than disabled
 * then, since a disabled button's client-side callbacks reach the server as warnings in its log.
 */
public class FinishedUploads extends Composite<Div> {

    private final RefusalList refusals = new RefusalList();
    private final Button clear = new Button();
    private final SerializableRunnable clearFileList;
    private boolean uploading;

    /** @param clearFileList empties the browser's file list: {@code Upload::clearFileList} or the manager's */
    public FinishedUploads(SerializableRunnable clearFileList) {
        this.clearFileList = clearFileList;
        clear.setText(getTranslation("images.upload.clear-finished"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClassName("clear-finished");
        clear.addClickListener(e -> clearFinished());
        clear.setVisible(false);
        refusals.setFocusWhenEmpty(clear);
        getContent().addClassName("finished-uploads");
        getContent().add(clear, refusals);
    }

    /**
     * The handler for the upload component whose list this is: it tells when its files start going. Not
     * for pasted files, which that list does not show.
     */
    public UploadHandler tracking(UploadHandler handler) {
        return event -> {
            UI ui = event.getUI();
            ui.access(this::started);
            handler.handleUploadRequest(event);
        };
    }

    /** The upload component's files have all ended: stored, refused, failed or cancelled. */
    public void allFinished() {
        uploading = false;
        showClear();
    }

    /** A file not stored, listed with its reason. */
    public void refused(String fileName, String reason) {
        refusals.add(fileName, reason);
        showClear();
    }

    /**
     * A file that was in the library already, listed with the image that is there (who uploaded it and
     * when, its thumbnail and its "Copy as" menu), so the uploader can use it.
     */
    public void alreadyStored(String fileName, ImageSummary image) {
        refusals.addAlreadyStored(fileName, image);
        showClear();
    }

    /** A file whose upload stopped before its end: listed as well, but it is no error. */
    public void cancelled(String fileName, String reason) {
        refusals.add(fileName, reason, true);
        showClear();
    }

    private void started() {
        uploading = true;
        clear.setVisible(false);
    }

    private void showClear() {
        clear.setVisible(!uploading);
    }

    private void clearFinished() {
        clearFileList.run();
        refusals.removeAll();
        clear.setVisible(false);
    }
}
