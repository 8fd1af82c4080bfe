package app.lightbox.images.ui;

import app.lightbox.images.ImageFilter;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.Map;

/**
 * What the library shows: a page (counted from 0), the name search and the "only unused" filter; and how
 * that reads in the address, {@code ?page=2&q=cat&unused=true}, with pages counted from 1 and defaults
 * left out, so that a shared link stays short.
 */
record LibraryQuery(int page, String search, boolean unusedOnly) {

    static final LibraryQuery FIRST_PAGE = new LibraryQuery(0, "", false);

    private static final String PAGE = "page";
    private static final String SEARCH = "q";
    private static final String UNUSED = "unused";

    LibraryQuery {
        page = Math.max(0, page);
        search = search.strip();
    }

    /**
     * Read leniently, as from a typed or old link: what is not understood is left at its default, and a
     * page past the end is for the gallery to turn into the last one.
     */
    static LibraryQuery from(QueryParameters address) {
        return new LibraryQuery(address.getSingleParameter(PAGE).map(LibraryQuery::pageIndex).orElse(0),
                address.getSingleParameter(SEARCH).orElse(""),
                address.getSingleParameter(UNUSED).map("true"::equals).orElse(false));
    }

    QueryParameters toParameters() {
        Map<String, String> address = new HashMap<>();
        if (page > 0) {
            address.put(PAGE, String.valueOf(page + 1));
        }
        if (!search.isEmpty()) {
            address.put(SEARCH, search);
        }
        if (unusedOnly) {
            address.put(UNUSED, "true");
        }
        return QueryParameters.simple(address);
    }

    /** The images this query lets through, whatever the page. */
    ImageFilter filter() {
        return new ImageFilter(search, unusedOnly);
    }

    LibraryQuery onPage(int page) {
        return new LibraryQuery(page, search, unusedOnly);
    }

    /** "2" is the second page; anything but a whole number is the first, and one too large for an int the last. */
    private static int pageIndex(String number) {
        if (!number.matches("[0-9]+")) {
            return 0;
        }
        return number.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(number) - 1;
    }
}
