package app.lightbox.images.ui;

import app.lightbox.base.ui.UiTimers;
import app.lightbox.images.derivatives.DerivativeProperties;
import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.derivatives.DerivativeSizes;
import app.lightbox.images.derivatives.DerivativesReady;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What pages need to know about thumbnails: whether they can be shown now, and when they become ready
 * ({@link DerivativesReady}). Listeners hear the latter on the thread that made the thumbnail, outside any
 * session lock: they hand it to their UI with {@code UI.access} and return.
 */
@Component
class Thumbnails {

    private final DerivativeService derivatives;
    private final UiTimers timers;
    /** Whether a worker makes thumbnails of its own accord; if not, a request for one makes it. */
    private final boolean madeInBackground;
    private final Set<SerializableConsumer<String>> listeners = ConcurrentHashMap.newKeySet();

    Thumbnails(DerivativeService derivatives, UiTimers timers, DerivativeProperties properties) {
        this.derivatives = derivatives;
        this.timers = timers;
        this.madeInBackground = properties.workers() > 0;
    }

    /**
     * The derivatives' sizes by stored name, in one query; absent for images no longer in the library. Where
     * no worker makes them, a thumbnail counts as ready: asking for it makes it.
     */
    Map<String, DerivativeSizes> sizes(Collection<String> storedNames) {
        Map<String, DerivativeSizes> sizes = derivatives.sizes(storedNames);
        if (madeInBackground) {
            return sizes;
        }
        Map<String, DerivativeSizes> onRequest = new HashMap<>();
        sizes.forEach((name, made) -> onRequest.put(name, new DerivativeSizes(true, made.thumbnail(), made.display())));
        return onRequest;
    }

    /** For looking again later. */
    UiTimers timers() {
        return timers;
    }

    /** Hears the stored name of each image whose thumbnail is ready, until the registration is removed. */
    Registration subscribe(SerializableConsumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @EventListener
    void ready(DerivativesReady event) {
        listeners.forEach(listener -> listener.accept(event.storedName()));
    }
}
