package app.lightbox.images.ui;

import app.lightbox.images.derivatives.DerivativeSizes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cards of a gallery whose thumbnail is still being made: each shows a placeholder and turns into its
 * thumbnail by itself once it is ready, pushed to the page, without a reload. While the gallery is not
 * attached nothing is listened to; on attaching, the cards that waited meanwhile are looked up again.
 */
final class WaitingThumbnails implements Serializable {

    private final Thumbnails thumbnails;
    private final Map<String, ImageCard> waiting = new HashMap<>();

    WaitingThumbnails(Component gallery, Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
        Registration[] listening = new Registration[1];
        gallery.addAttachListener(e -> {
            UI ui = e.getUI();
            listening[0] = thumbnails.subscribe(storedName -> {
                try {
                    ui.access(() -> show(storedName));
                } catch (UIDetachedException gone) {
                    // the page closed meanwhile; its detach removes this listener
                }
            });
            lookAgain();
        });
        gallery.addDetachListener(e -> {
            if (listening[0] != null) {
                listening[0].remove();
                listening[0] = null;
            }
        });
    }

    /** Whether each image's thumbnail can be shown now, by stored name, in one query; absent ones can. */
    Map<String, DerivativeSizes> sizes(Collection<String> storedNames) {
        return thumbnails.sizes(storedNames);
    }

    /** A card whose thumbnail is not ready: it is shown when it is. */
    void await(String storedName, ImageCard card) {
        waiting.put(storedName, card);
    }

    /** The cards shown before are gone (another page, a new search). */
    void clear() {
        waiting.clear();
    }

    private void show(String storedName) {
        ImageCard card = waiting.remove(storedName);
        if (card != null) {
            card.showThumbnail();
        }
    }

    private void lookAgain() {
        if (waiting.isEmpty()) {
            return;
        }
        sizes(List.copyOf(waiting.keySet())).forEach((storedName, sizes) -> {
            if (sizes.thumbnailReady()) {
                show(storedName);
            }
        });
    }
}
