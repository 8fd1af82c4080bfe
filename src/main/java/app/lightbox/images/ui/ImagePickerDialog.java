package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.base.ui.ServicePages;
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
 * and previews only as they scroll into view.
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
            Image preview = new Image(image.url(), image.originalName());
            preview.getElement().setAttribute("loading", "lazy");
            preview.addClassName("picker-preview");
            return preview;
        }).setHeader(getTranslation("images.picker.preview")).setFlexGrow(0).setWidth("6rem");
        // name and facts in one column, one under the other, so that a narrow screen shows them all
        grid.addComponentColumn(this::describe).setHeader(getTranslation("images.picker.name")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("images.picker.title"));

        ImageNameSearch search = new ImageNameSearch();
        search.setWidthFull();
        Runnable load = () -> {
            String term = search.getValue();
            grid.setDataProvider(ServicePages.of(page -> images.list(term, false, page), () -> images.count(term, false)));
        };
        search.addValueChangeListener(e -> load.run());
        load.run();

        Button insert = new Button(getTranslation("images.picker.insert"), e -> {
            onPicked.accept(new ArrayList<>(grid.getSelectedItems()));
            close();
        });
        insert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        insert.setEnabled(false);
        // A click anywhere on a row picks it (or puts it back), not only on its small checkbox.
        grid.addItemClickListener(e -> {
            if (grid.getSelectedItems().contains(e.getItem())) {
                grid.deselect(e.getItem());
            } else {
                grid.select(e.getItem());
            }
        });
        grid.addSelectionListener(e -> {
            insert.setEnabled(!e.getAllSelectedItems().isEmpty());
            insert.setText(getTranslation("images.picker.insert-count", e.getAllSelectedItems().size()));
        });
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> close());

        grid.addClassName("picker-grid");
        add(search, grid);
        getFooter().add(cancel, insert);
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
