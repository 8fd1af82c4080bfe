package app.lightbox.blog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * Why the editor's text is not saved, shown in the editor itself (not in a notification that
 * disappears or covers the text), announced once to screen readers, with what the writer can do
 * about it.
 */
class SaveProblem extends Div {

    private final Span message = new Span();
    private final Button action = new Button();
    private @Nullable String shownKey;
    private @Nullable Runnable onAction;

    SaveProblem() {
        addClassName("save-problem");
        getElement().setAttribute("role", "alert");
        message.addClassName("save-problem-message");
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        action.setIcon(VaadinIcon.COPY_O.create());
        action.addClickListener(e -> {
            if (onAction != null) {
                onAction.run();
            }
        });
        add(VaadinIcon.WARNING.create(), message, action);
        setVisible(false);
    }

    /**
     * Shows the message of {@code key}, with a button labelled {@code actionKey} that runs
     * {@code whenClicked} (no button if null). Showing the same message again changes nothing, so
     * it is not announced again while the writer keeps typing.
     */
    void show(String key, @Nullable String actionKey, @Nullable Runnable whenClicked) {
        if (key.equals(shownKey)) {
            return;
        }
        shownKey = key;
        message.setText(getTranslation(key));
        onAction = whenClicked;
        action.setVisible(actionKey != null);
        if (actionKey != null) {
            action.setText(getTranslation(actionKey));
        }
        setVisible(true);
    }

    void clear() {
        shownKey = null;
        onAction = null;
        setVisible(false);
    }
}
