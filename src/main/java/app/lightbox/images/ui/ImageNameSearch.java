package app.lightbox.images.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The search box over images' original names, as the library and the picker show it. */
class ImageNameSearch extends TextField {

    ImageNameSearch() {
        setPlaceholder(getTranslation("images.picker.search"));
        setAriaLabel(getTranslation("images.picker.search"));
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
    }
}
