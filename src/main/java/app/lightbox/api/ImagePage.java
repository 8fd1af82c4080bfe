package app.lightbox.api;

import java.util.List;

/**
 * One page of the library, newest first.
 *
 * @param page counted from 0
 * @param size the most items a page has
 * @param totalItems of the whole list (all pages)
 * @param totalPages 0 for an empty list
 */
record ImagePage(List<ImageJson> items, int page, int size, long totalItems, long totalPages) {

    static ImagePage of(List<ImageJson> items, int page, int size, long totalItems) {
        return new ImagePage(items, page, size, totalItems, (totalItems + size - 1) / size);
    }
}
