package app.lightbox.images.ui;

import app.lightbox.images.derivatives.DerivativeSizes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The cards of a gallery whose thumbnail is still being made: each shows a placeholder and turns into its
 * thumbnail by itself once it is ready, pushed to the page, without a reload. It hears of thumbnails made on
 * this node at once, and looks again every few seconds while a card waits (made on another node, or given up),
 * for as long as the gallery is attached; on attaching, the cards that waited meanwhile are looked up again.
 */
final class WaitingThumbnails implements Serializable {

    static final Duration LOOK_AGAIN = Duration.ofSeconds(5);

    private final Thumbnails thumbnails;
    /** The waiting cards, by stored name; touched in the UI only. */
    private final Map<String, ImageCard> waiting = new HashMap<>();
    /** Their names, for the listener, which runs on the thread that made a thumbnail: no UI.access for others. */
    private final Set<String> awaited = ConcurrentHashMap.newKeySet();
    private @Nullable UI ui;
    private @Nullable Registration listening;
    private @Nullable Registration nextLook;

    WaitingThumbnails(Component gallery, Thumbnails thumbnails) {
        this.thumbnails = thumbnails;
        gallery.addAttachListener(e -> {
            UI attachedTo = e.getUI();
            ui = attachedTo;
            listening = thumbnails.subscribe(storedName -> {
                if (awaited.contains(storedName)) {
                    try {
                        attachedTo.access(() -> show(storedName));
                    } catch (UIDetachedException gone) {
                        // the page closed meanwhile; its detach removes this listener
                    }
                }
            });
            lookAgain();
        });
        gallery.addDetachListener(e -> {
            remove(listening);
            listening = null;
            stopLooking();
            ui = null;
        });
    }

    /** Whether each image's thumbnail can be shown now, by stored name, in one query; absent ones can. */
    Map<String, DerivativeSizes> sizes(Collection<String> storedNames) {
        return thumbnails.sizes(storedNames);
    }

    /** A card whose thumbnail is not ready: it is shown when it is. */
    void await(String storedName, ImageCard card) {
        waiting.put(storedName, card);
        awaited.add(storedName);
        lookLater();
    }

    /** The cards shown before are gone (another page, a new search). */
    void clear() {
        waiting.clear();
        awaited.clear();
        stopLooking();
    }

    private void show(String storedName) {
        awaited.remove(storedName);
        ImageCard card = waiting.remove(storedName);
        if (card != null) {
            card.showThumbnail();
        }
    }

    private void lookAgain() {
        nextLook = null;
        if (waiting.isEmpty()) {
            return;
        }
        sizes(List.copyOf(waiting.keySet())).forEach((storedName, sizes) -> {
            if (sizes.thumbnailReady()) {
                show(storedName);
            }
        });
        lookLater();
    }

    private void lookLater() {
        UI current = ui;
        if (current != null && nextLook == null && !waiting.isEmpty()) {
            nextLook = thumbnails.timers().schedule(current, LOOK_AGAIN, this::lookAgain);
        }
    }

    private void stopLooking() {
        remove(nextLook);
        nextLook = null;
    }

    private static void remove(@Nullable Registration registration) {
        if (registration != null) {
            registration.remove();
        }
    }
}
