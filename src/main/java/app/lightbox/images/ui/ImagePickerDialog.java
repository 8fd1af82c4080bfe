package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.base.ui.ServicePages;
import app.lightbox.images.ImageFilter;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks images from the library, newest first, searchable by original name; rows load lazily
 * and previews only as they scroll into view. What is picked stays picked while the search changes,
 * also when the search hides it: the footer counts it and Insert inserts it.
 */
public class ImagePickerDialog extends Dialog {

    public ImagePickerDialog(ImageService images, SerializableConsumer<List<ImageSummary>> onPicked) {
        setHeaderTitle(getTranslation("images.picker.title"));
        setWidth("min(56rem, 95vw)");
        setHeight("min(40rem, 90vh)");
        addClassName("image-picker");

        Grid<ImageSummary> grid = new Grid<>();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(image -> {
            if (image.fileMissing()) {
                Span missing = new Span(getTranslation("images.card.file-missing"));
                missing.addClassName("picker-missing");
                return missing;
            }
            Image preview = new Image(image.thumbnailUrl(), image.originalName());
            preview.getElement().setAttribute("loading", "lazy");
            preview.addClassName("picker-preview");
            return preview;
        }).setHeader(getTranslation("images.picker.preview")).setFlexGrow(0)
                .setWidth("clamp(4.5rem, 15vw, 6rem)"); // on a phone, the cells' padding is less (styles.css)
        // name and facts in one column, one under the other, so that a narrow screen shows them all
        grid.addComponentColumn(this::describe).setHeader(getTranslation("images.picker.name")).setFlexGrow(1);
        // "Copy as", as on the library's cards: a writer may want a link rather than the image in the post
        Span copyHeader = new Span(getTranslation("images.picker.copy"));
        copyHeader.addClassName("picker-copy-header"); // narrow, so that a phone keeps room for the name
        Grid.Column<ImageSummary> copy = grid.addComponentColumn(CopyAsButton::new)
                .setHeader(copyHeader).setFlexGrow(0).setWidth("3.5rem");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("images.picker.title"));

        ImageNameSearch search = new ImageNameSearch();
        search.setWidthFull();
        // one data provider, refreshed: setting a new one would drop the selection
        grid.setDataProvider(ServicePages.of(page -> images.list(ImageFilter.named(search.getValue()), page),
                () -> images.count(ImageFilter.named(search.getValue()))));
        grid.getLazyDataView().setIdentifierProvider(ImageSummary::id);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button insert = new Button(getTranslation("images.picker.insert"), e -> {
            onPicked.accept(new ArrayList<>(grid.getSelectedItems()));
            close();
        });
        insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        insert.setEnabled(false);
        // A click anywhere on a row picks it (or puts it back), not only on its small checkbox; so does
        // Space on a focused cell, as the grid turns it into a click. The checkbox's own column (no
        // column of ours) toggles by itself: toggling here too would undo it at once. The copy button's
        // click is its own.
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || e.getColumn() == copy) {
                return;
            }
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });
        Span count = new Span(getTranslation("images.picker.selected", 0));
        count.addClassName("picker-count");
        count.getElement().setAttribute("aria-live", "polite");
        grid.addSelectionListener(e -> {
            int selected = e.getAllSelectedItems().size();
            insert.setEnabled(selected > 0);
            insert.setText(getTranslation("images.picker.insert-count", selected));
            count.setText(getTranslation("images.picker.selected", selected));
        });
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());

        grid.addClassName("picker-grid");
        add(search, grid);
        getFooter().add(count, cancel, insert);
        search.focus();
    }

    private Div describe(ImageSummary image) {
        Span name = new Span(image.originalName());
        name.addClassName("picker-name");
        Span details = new Span(getTranslation("images.picker.details", getTranslation("images.card.facts",
                ByteSize.format(image.sizeBytes(), getLocale()), image.width(), image.height()), image.uploaderName()));
        details.addClassName("picker-details");
        return new Div(name, details);
    }
}
