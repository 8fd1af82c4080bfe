package app.lightbox.images.ui;

import app.lightbox.base.ui.ViewAddress;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.derivatives.DerivativeSizes;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableBiFunction;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * The library's previews, one page at a time, newest first: only one page of rows is ever in memory,
 * and the browser loads only the previews it shows ({@code loading=lazy}). What it shows (page, search,
 * filter) is kept in the address: turning the page adds a history entry, a search or filter rewrites it.
 */
class ImageGallery extends Composite<Section> {

    static final int PAGE_SIZE = 48;

    private final ImageService images;
    private final ImageDeletions deletions;
    private final ImageReferences references;
    private final Actor actor;
    private final ViewAddress address;
    /** Where a card's preview opens its image large, in the list shown. */
    private final SerializableBiFunction<String, LibraryQuery, String> viewerLink;
    private final WaitingThumbnails waiting;
    private LibraryQuery query = LibraryQuery.FIRST_PAGE;
    private long total;
    private boolean loaded;
    private final Div cards = new Div();
    private final Checkbox unused = new Checkbox();
    private final ImageNameSearch search = new ImageNameSearch();
    private final Paragraph empty = new Paragraph();
    private final GalleryPager pager = new GalleryPager(PAGE_SIZE, this::turnTo);

    /** Shows nothing until {@link #show(LibraryQuery)} says what. */
    ImageGallery(ImageService images, ImageDeletions deletions, ImageReferences references, Thumbnails thumbnails,
            Actor actor, ViewAddress address, SerializableBiFunction<String, LibraryQuery, String> viewerLink) {
        this.images = images;
        this.viewerLink = viewerLink;
        this.deletions = deletions;
        this.waiting = new WaitingThumbnails(this, thumbnails);
        this.references = references;
        this.actor = actor;
        this.address = address;
        getContent().addClassName("image-gallery");
        getContent().getElement().setAttribute("aria-label", getTranslation("images.library.gallery"));
        cards.addClassName("image-grid");
        empty.setText(getTranslation("images.library.empty"));
        empty.addClassName("empty-state");
        unused.setLabel(getTranslation("images.library.only-unused"));
        unused.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        search.addValueChangeListener(e -> filterChanged(e.isFromClient()));
        Div filters = new Div(search, unused);
        filters.addClassName("library-filters");
        getContent().add(filters, empty, cards, pager);
    }

    /** Shows what the address asks for, and answers what that is: a page past the end is the last one. */
    LibraryQuery show(LibraryQuery wanted) {
        search.setValue(wanted.search());
        unused.setValue(wanted.unusedOnly());
        showPage(wanted);
        return query;
    }

    /** Whether it shows what the address asks for already, so that opening or closing the viewer keeps it as it is. */
    boolean showing(LibraryQuery wanted) {
        return loaded && query.equals(wanted);
    }

    /** What it shows now: changed by the reader's search and filter too, without a navigation. */
    LibraryQuery query() {
        return query;
    }

    /** Shows its current page again, as it is in the database now (after the viewer deleted an image, say). */
    void reload() {
        showPage(query);
    }

    /** Puts the focus on the preview of the image's card, if it is on this page. */
    void focusPreview(String storedName) {
        cards.getChildren().filter(c -> storedName.equals(c.getElement().getAttribute("data-stored-name")))
                .findFirst().ifPresent(card -> ((ImageCard) card).focusPreview());
    }

    /** A new upload: it is the newest, so it goes first on the first page. */
    void added(ImageSummary image) {
        if (!query.search().isEmpty()) {
            showPage(query); // shown only if its name matches the search
            return;
        }
        total++;
        if (query.page() == 0) { // a new image is unused, so it belongs on the first page of either filter
            cards.addComponentAsFirst(card(image, waiting.sizes(List.of(image.storedName()))));
            if (cards.getComponentCount() > PAGE_SIZE) {
                cards.remove(cards.getComponentAt(PAGE_SIZE));
            }
        }
        updatePager();
    }

    /** The reader's own change of search or filter starts again at the first page, without a new history entry. */
    private void filterChanged(boolean byReader) {
        if (byReader) {
            showPage(new LibraryQuery(0, search.getValue(), unused.getValue()));
            address.replace(query.toParameters());
        }
    }

    /** Another page is a new history entry (Back returns), and it is seen from its top, as a new page would be. */
    private void turnTo(int page) {
        showPage(query.onPage(page));
        address.push(query.toParameters());
        getContent().scrollIntoView();
    }

    private void showPage(LibraryQuery wanted) {
        loaded = true;
        total = images.count(wanted.filter());
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        query = wanted.onPage(Math.clamp(wanted.page(), 0, last));
        cards.removeAll();
        waiting.clear();
        List<ImageSummary> shown = images.list(query.filter(), PageRequest.of(query.page(), PAGE_SIZE)).getContent();
        Map<String, DerivativeSizes> sizes = waiting.sizes(shown.stream().map(ImageSummary::storedName).toList());
        shown.forEach(image -> cards.add(card(image, sizes)));
        updatePager();
    }

    private void updatePager() {
        empty.setText(query.search().isEmpty()
                ? getTranslation(query.unusedOnly() ? "images.library.none-unused" : "images.library.empty")
                : getTranslation("images.library.none-matching", query.search()));
        empty.setVisible(total == 0);
        pager.show(query.page(), total);
    }

    /** Its card, with a placeholder that turns into the thumbnail by itself where that is not ready yet. */
    private ImageCard card(ImageSummary image, Map<String, DerivativeSizes> sizes) {
        boolean ready = sizes.getOrDefault(image.storedName(), DerivativeSizes.ORIGINAL_ONLY).thumbnailReady();
        ImageCard card = new ImageCard(image, viewerLink.apply(image.storedName(), query), ready,
                actor.mayChange(image.uploaderId()), () -> confirmDelete(image), () -> references.whereUsed(image.storedName(), actor));
        if (!ready) {
            waiting.await(image.storedName(), card);
        }
        return card;
    }

    private void confirmDelete(ImageSummary image) {
        ImageDeletion.confirm(image, deletions, references, actor, () -> {
            // where the card is now: an upload may have added cards in front of it meanwhile
            int place = cards.getChildren().map(c -> c.getElement().getAttribute("data-stored-name")).toList()
                    .indexOf(image.storedName());
            LibraryQuery before = query;
            showPage(query);
            if (!query.equals(before)) { // it was the last card of the last page: the page before is shown now
                address.replace(query.toParameters());
            }
            focusNear(place);
        });
    }

    /** After a delete the focus goes to the card now in the deleted one's place, not to the page's start. */
    private void focusNear(int place) {
        int count = cards.getComponentCount();
        if (count == 0) {
            search.focus();
        } else {
            ((ImageCard) cards.getComponentAt(Math.clamp(place, 0, count - 1))).takeFocus();
        }
    }
}
