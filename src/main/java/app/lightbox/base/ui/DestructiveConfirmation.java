package app.lightbox.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The one way Lightbox asks before something that cannot be undone (deleting, dropping unsaved text):
 * a plain question, a button that keeps things as they are, and a red one that goes ahead. The safe
 * button has the focus, so that an Enter pressed out of habit changes nothing (Vaadin's ConfirmDialog
 * always focuses its confirm button, hence a plain dialog).
 */
public final class DestructiveConfirmation {

    private DestructiveConfirmation() {}

    /** Cancel, or Delete. */
    public static Dialog delete(String header, String text, SerializableRunnable onDelete) {
        UI ui = UI.getCurrent();
        return open(header, text, ui.getTranslation("base.action.cancel"), ui.getTranslation("base.action.delete"),
                onDelete);
    }

    public static Dialog open(String header, String text, String keepText, String goAheadText,
            SerializableRunnable onGoAhead) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        dialog.setRole("alertdialog");
        dialog.addClassName("destructive-confirmation");
        Paragraph question = new Paragraph(text);
        question.addClassName("confirmation-question");
        dialog.add(question);
        Button keep = new Button(keepText, e -> dialog.close());
        Button goAhead = new Button(goAheadText, e -> {
            dialog.close();
            onGoAhead.run();
        });
        goAhead.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        goAhead.addClassName("confirm-destructive");
        dialog.getFooter().add(keep, goAhead);
        dialog.open();
        keep.focus();
        return dialog;
    }
}
