package app.lightbox.blog.ui;

import app.lightbox.images.ImageSummary;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps images dropped together in the order they were dropped, whatever order their uploads finish in:
 * each upload takes a number as it starts, and an image is let through only once every earlier one has
 * arrived or failed.
 */
final class DropOrder implements Serializable {

    private final AtomicInteger started = new AtomicInteger();
    private final Map<Integer, Optional<ImageSummary>> finished = new HashMap<>();
    private int nextToInsert;

    /** The number of an upload that starts now; safe from any thread. */
    int start() {
        return started.getAndIncrement();
    }

    /** An upload finished (with no image when refused or broken off): the images now due, in order. */
    List<ImageSummary> finished(int number, Optional<ImageSummary> image) {
        finished.put(number, image);
        List<ImageSummary> due = new ArrayList<>();
        for (Optional<ImageSummary> next; (next = finished.remove(nextToInsert)) != null; nextToInsert++) {
            next.ifPresent(due::add);
        }
        return due;
    }
}
