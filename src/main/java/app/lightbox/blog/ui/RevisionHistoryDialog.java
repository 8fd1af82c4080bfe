package app.lightbox.blog.ui;

import app.lightbox.base.ui.UserTime;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.RevisionDetails;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/**
 * A post's published versions, the newest first, each with who published it and when. Opening one
 * shows it as readers saw it; Restore takes it back into the editor, where it is a change like any
 * other (for a published post: pending until Update).
 */
class RevisionHistoryDialog extends Dialog {

    RevisionHistoryDialog(List<RevisionDetails> revisions, MarkdownRenderer renderer,
            SerializableConsumer<RevisionDetails> onRestore) {
        setHeaderTitle(getTranslation("blog.history.title"));
        addClassName("revision-history");
        setWidth("min(48rem, 100%)");
        if (revisions.isEmpty()) {
            add(new Paragraph(getTranslation("blog.history.empty")));
        }
        for (RevisionDetails revision : revisions) {
            String when = UserTime.dateTime(revision.publishedAt());
            Details entry = new Details(getTranslation("blog.history.entry", when, revision.publishedBy()));
            entry.addClassName("revision");
            // rendered when opened: a history holds up to revisions-kept whole posts
            entry.addOpenedChangeListener(e -> {
                if (e.isOpened() && entry.getContent().findAny().isEmpty()) {
                    Div content = new Div(new H3(revision.title()), new PostBody(renderer, revision.body()));
                    content.addClassName("revision-content");
                    Button restore = new Button(getTranslation("blog.history.restore"), click -> {
                        close();
                        onRestore.accept(revision);
                    });
                    restore.setAriaLabel(getTranslation("blog.history.restore-version", when));
                    entry.add(content, restore);
                }
            });
            add(entry);
        }
        getFooter().add(new Button(getTranslation("base.action.close"), e -> close()));
    }
}
