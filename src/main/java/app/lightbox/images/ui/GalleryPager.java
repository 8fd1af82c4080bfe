package app.lightbox.images.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.IntConsumer;

/** The gallery's page turner: previous, "Page 2 of 5 · 230 images" (read out as it changes), next. */
class GalleryPager extends Composite<Nav> {

    private final int pageSize;
    private final Span position = new Span();
    private final Button previous;
    private final Button next;
    private int page;

    /** {@code turnTo} is given the page (from 0) that the reader asked for. */
    GalleryPager(int pageSize, IntConsumer turnTo) {
        this.pageSize = pageSize;
        previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> turnTo.accept(page - 1));
        next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> turnTo.accept(page + 1));
        previous.setAriaLabel(getTranslation("images.library.previous"));
        next.setAriaLabel(getTranslation("images.library.next"));
        position.getElement().setAttribute("aria-live", "polite");
        getContent().add(previous, position, next);
        getContent().addClassName("pager");
        getContent().getElement().setAttribute("aria-label", getTranslation("images.library.pages"));
    }

    void show(int page, long total) {
        this.page = page;
        int pages = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        position.setText(getTranslation("images.library.position", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }
}
