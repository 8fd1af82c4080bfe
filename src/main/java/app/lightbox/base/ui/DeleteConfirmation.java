package app.lightbox.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The one way Lightbox asks before deleting something: a plain question, Cancel, and a red Delete.
 * Cancel has the focus, so that an Enter pressed out of habit keeps the thing (Vaadin's ConfirmDialog
 * always focuses its confirm button, hence a plain dialog).
 */
public final class DeleteConfirmation {

    private DeleteConfirmation() {}

    public static Dialog open(String header, String text, SerializableRunnable onDelete) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(header);
        dialog.setRole("alertdialog");
        dialog.addClassName("delete-confirmation");
        Paragraph question = new Paragraph(text);
        question.addClassName("delete-question");
        dialog.add(question);
        Button cancel = new Button(dialog.getTranslation("base.action.cancel"), e -> dialog.close());
        Button delete = new Button(dialog.getTranslation("base.action.delete"), e -> {
            dialog.close();
            onDelete.run();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClassName("confirm-delete");
        dialog.getFooter().add(cancel, delete);
        dialog.open();
        cancel.focus();
        return dialog;
    }
}
