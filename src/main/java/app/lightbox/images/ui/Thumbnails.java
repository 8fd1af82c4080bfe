package app.lightbox.images.ui;

import app.lightbox.images.derivatives.DerivativeService;
import app.lightbox.images.derivatives.DerivativeSizes;
import app.lightbox.images.derivatives.DerivativesReady;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
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
    private final Set<SerializableConsumer<String>> listeners = ConcurrentHashMap.newKeySet();

    Thumbnails(DerivativeService derivatives) {
        this.derivatives = derivatives;
    }

    /** The derivatives' sizes by stored name, in one query; absent for images no longer in the library. */
    Map<String, DerivativeSizes> sizes(Collection<String> storedNames) {
        return derivatives.sizes(storedNames);
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
