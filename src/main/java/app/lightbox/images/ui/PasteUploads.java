package app.lightbox.images.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;

/**
 * Files pasted anywhere on the page (a screenshot from the clipboard) go to an upload handler, for as
 * long as a component is attached: the library's drop zone, the post editor.
 */
public final class PasteUploads implements Serializable {

    private final UploadHandler handler;
    private Registration registration;

    private PasteUploads(UploadHandler handler) {
        this.handler = handler;
    }

    public static void whileAttached(Component owner, UploadHandler handler) {
        PasteUploads paste = new PasteUploads(handler);
        owner.addAttachListener(e -> paste.start(e.getUI()));
        owner.addDetachListener(e -> paste.stop());
    }

    private void start(UI ui) {
        stop();
        registration = Clipboard.onFilePaste(ui, handler);
    }

    private void stop() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }
}
