package app.lightbox.base;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** Paging for queries that fix their own order (newest first): a sort the caller sends along is dropped. */
public final class Paging {

    private Paging() {}

    public static Pageable unsorted(Pageable page) {
        return page.getSort().isSorted() ? PageRequest.of(page.getPageNumber(), page.getPageSize()) : page;
    }
}
