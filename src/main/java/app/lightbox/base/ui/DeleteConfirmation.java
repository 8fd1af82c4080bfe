package app.lightbox.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/** The one way Lightbox asks before deleting something: a plain question, Cancel, and a red Delete. */
public final class DeleteConfirmation {

    private DeleteConfirmation() {}

    public static ConfirmDialog open(String header, String text, SerializableRunnable onDelete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("base.action.cancel"));
        dialog.setConfirmText(dialog.getTranslation("base.action.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onDelete.run());
        dialog.open();
        return dialog;
    }
}
