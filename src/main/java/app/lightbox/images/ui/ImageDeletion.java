package app.lightbox.images.ui;

import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageSummary;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.stream.Collectors;

/** Asks before an image is deleted, naming the posts that show it, then deletes it and says how that went. */
final class ImageDeletion {

    private ImageDeletion() {}

    /** {@code afterwards} runs once the reader has answered Delete, whatever the outcome. */
    static void confirm(ImageSummary image, ImageDeletions deletions, ImageReferences references, Actor actor,
            SerializableRunnable afterwards) {
        UI ui = UI.getCurrent();
        String question = ui.getTranslation("images.delete.message", image.originalName());
        if (image.usageCount() > 0) {
            String posts = references.whereUsed(image.storedName(), actor).stream()
                    .map(r -> "“" + (r.label().isBlank() ? ui.getTranslation("images.card.untitled") : r.label()) + "”")
                    .collect(Collectors.joining(", "));
            question = ui.getTranslation("images.delete.used", image.originalName(), image.usageCount(), posts);
        }
        DestructiveConfirmation.delete(ui.getTranslation("images.delete.title"), question, () -> {
            try {
                deletions.delete(image.id(), actor, true); // the question named the posts that use it
                Notification.show(ui.getTranslation("images.delete.done", image.originalName()));
            } catch (NotFoundException gone) {
                Notification.show(ui.getTranslation("images.delete.gone", image.originalName()));
            } catch (NotPermittedException denied) {
                ImageCard.error(ui.getTranslation("base.error.denied.message"));
            }
            afterwards.run();
        });
    }
}
