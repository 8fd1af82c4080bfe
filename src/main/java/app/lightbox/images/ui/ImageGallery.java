package app.lightbox.images.ui;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The library's previews, one page at a time, newest first: only one page of rows is ever in memory,
 * and the browser loads only the previews it shows ({@code loading=lazy}).
 */
class ImageGallery extends Composite<Section> {

    static final int PAGE_SIZE = 48;

    private final ImageService images;
    private final Actor actor;
    private final String origin;
    private int page;
    private long total;
    private final Div cards = new Div();
    private final Checkbox unused = new Checkbox();
    private final ImageNameSearch search = new ImageNameSearch();
    private final Paragraph empty = new Paragraph();
    private final Span position = new Span();
    private final Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> showPage(page - 1));
    private final Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> showPage(page + 1));

    ImageGallery(ImageService images, Actor actor) {
        this.images = images;
        this.actor = actor;
        this.origin = ServletUriComponentsBuilder
                .fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest()).toUriString();
        getContent().addClassName("image-gallery");
        getContent().getElement().setAttribute("aria-label", getTranslation("images.library.gallery"));
        cards.addClassName("image-grid");
        empty.setText(getTranslation("images.library.empty"));
        empty.addClassName("empty-state");
        previous.setAriaLabel(getTranslation("images.library.previous"));
        next.setAriaLabel(getTranslation("images.library.next"));
        position.getElement().setAttribute("aria-live", "polite");
        unused.setLabel(getTranslation("images.library.only-unused"));
        unused.addValueChangeListener(e -> showPage(0));
        search.addValueChangeListener(e -> showPage(0));
        Div filters = new Div(search, unused);
        filters.addClassName("library-filters");
        Nav pager = new Nav(previous, position, next);
        pager.addClassName("pager");
        pager.getElement().setAttribute("aria-label", getTranslation("images.library.pages"));
        getContent().add(filters, empty, cards, pager);
        showPage(0);
    }

    /** A new upload: it is the newest, so it goes first on the first page. */
    void added(ImageSummary image) {
        if (!search.getValue().isBlank()) {
            showPage(page); // shown only if its name matches the search
            return;
        }
        total++;
        if (page == 0) { // a new image is unused, so it belongs on the first page of either filter
            cards.addComponentAsFirst(card(image));
            if (cards.getComponentCount() > PAGE_SIZE) {
                cards.remove(cards.getComponentAt(PAGE_SIZE));
            }
        }
        updatePager();
    }

    private void showPage(int wanted) {
        total = images.count(search.getValue(), unused.getValue());
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        page = Math.clamp(wanted, 0, last);
        cards.removeAll();
        images.list(search.getValue(), unused.getValue(), PageRequest.of(page, PAGE_SIZE))
                .forEach(image -> cards.add(card(image)));
        updatePager();
    }

    private void updatePager() {
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        empty.setText(search.getValue().isBlank()
                ? getTranslation(unused.getValue() ? "images.library.none-unused" : "images.library.empty")
                : getTranslation("images.library.none-matching", search.getValue().strip()));
        empty.setVisible(total == 0);
        position.setText(getTranslation("images.library.position", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private ImageCard card(ImageSummary image) {
        return new ImageCard(image, origin + image.url(), actor.mayChange(image.uploaderId()),
                () -> confirmDelete(image), () -> images.whereUsed(image.storedName(), actor));
    }

    private void confirmDelete(ImageSummary image) {
        String question = getTranslation("images.delete.message", image.originalName());
        if (image.usageCount() > 0) {
            String posts = images.whereUsed(image.storedName(), actor).stream()
                    .map(r -> "“" + (r.label().isBlank() ? getTranslation("images.card.untitled") : r.label()) + "”")
                    .collect(Collectors.joining(", "));
            question = getTranslation("images.delete.used", image.originalName(), image.usageCount(), posts);
        }
        DestructiveConfirmation.delete(getTranslation("images.delete.title"), question, () -> {
            // where the card is now: an upload may have added cards in front of it meanwhile
            int place = cards.getChildren().map(c -> c.getElement().getAttribute("data-stored-name")).toList()
                    .indexOf(image.storedName());
            try {
                images.delete(image.id(), actor);
                Notification.show(getTranslation("images.delete.done", image.originalName()));
            } catch (NotFoundException gone) {
                Notification.show(getTranslation("images.delete.gone", image.originalName()));
            } catch (NotPermittedException denied) {
                ImageCard.error(getTranslation("base.error.denied.message"));
            }
            showPage(page);
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
