package app.lightbox.blog.ui;

import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.MarkdownRenderer;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageService;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * What a writer works in: the title, the Markdown text with its image uploads, and the preview beside
 * it (below it on narrow screens). It says when the writer changed something and when images landed
 * in the text; saving is the editor's business.
 */
class PostForm extends Div {

    private static final int PREVIEW_DEBOUNCE_MILLIS = 400;
    /**
     * Up to this length every keystroke goes to the server at once; a longer text is sent at most
     * every {@link #LONG_TEXT_SYNC_MILLIS}, since each sync carries the whole text (90 KB at every
     * keystroke was measured at about 1 MB/s for a fast typist). Both keep the upload near 250 KB/s.
     */
    static final int EAGER_SYNC_MAX_LENGTH = 20_000;
    static final int LONG_TEXT_SYNC_MILLIS = 400;

    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final PostPreview preview;
    private final EditorImages editorImages;

    /**
     * @param changedByWriter runs after each change the writer made (a keystroke reaches the server at once)
     * @param imagesInserted runs after uploaded or picked images were added to the text
     */
    PostForm(MarkdownRenderer renderer, ImageService images, Actor actor, SerializableRunnable changedByWriter,
            SerializableRunnable imagesInserted) {
        addClassName("editor-columns");
        preview = new PostPreview(renderer, body::getValue);

        title.setLabel(getTranslation("blog.editor.title"));
        title.setMaxLength(PostService.TITLE_MAX);
        title.setManualValidation(true);
        title.setWidthFull();
        title.setValueChangeMode(ValueChangeMode.EAGER);
        title.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changedByWriter.run();
            }
        });

        body.setLabel(getTranslation("blog.editor.body"));
        body.setHelperText(getTranslation("blog.editor.body-help"));
        body.setMaxLength(PostService.BODY_MAX);
        body.setManualValidation(true);
        body.setWidthFull();
        body.addClassName("markdown-field");
        // Keystrokes go to the server at once (the browser batches those typed while a request is under
        // way), or for a long text every 400 ms, so a closing tab leaves little unsaved; the preview
        // follows a short pause in typing.
        body.setValueChangeTimeout(LONG_TEXT_SYNC_MILLIS);
        syncFor(0);
        body.addValueChangeListener(e -> {
            syncFor(e.getValue().length());
            if (e.isFromClient()) {
                changedByWriter.run();
            }
        });
        // Not "input": a second, debounced listener on the event that carries the value would send the
        // value as it was when the pause began, and undo text the server inserted meanwhile (an image).
        body.getElement().addEventListener("value-changed", e -> preview.show(body.getValue()))
                .debounce(PREVIEW_DEBOUNCE_MILLIS);

        editorImages = new EditorImages(images, actor, body, () -> {
            preview.show(body.getValue());
            imagesInserted.run();
        });
        Div writing = new Div(title, editorImages);
        writing.addClassName("editor-writing");
        add(writing, preview);
    }

    private void syncFor(int length) {
        ValueChangeMode mode = length > EAGER_SYNC_MAX_LENGTH ? ValueChangeMode.TIMEOUT : ValueChangeMode.EAGER;
        if (body.getValueChangeMode() != mode) {
            body.setValueChangeMode(mode);
        }
    }

    String title() {
        return title.getValue();
    }

    String body() {
        return body.getValue();
    }

    /** Shows a stored post; not a change by the writer. */
    void show(String postTitle, String postBody) {
        title.setValue(postTitle);
        body.setValue(postBody);
        editorImages.textShown(postBody);
        preview.show(postBody);
    }

    /** A new post starts in its title, so that the writer can type at once. */
    void startWriting() {
        title.focus();
    }

    /** Gives the post another title; not a change by the writer. */
    void retitle(String postTitle) {
        title.setValue(postTitle);
    }

    void clearInvalid() {
        title.setInvalid(false);
        body.setInvalid(false);
    }

    /** Marks the field at fault with the message; moves the focus there only when asked. */
    void markInvalid(InvalidPostException problem, boolean moveFocus) {
        String message = getTranslation(problem.messageKey(), problem.args());
        if (problem.field() == InvalidPostException.Field.TITLE) {
            title.setErrorMessage(message);
            title.setInvalid(true);
            if (moveFocus) {
                title.focus();
            }
        } else {
            body.setErrorMessage(message);
            body.setInvalid(true);
            if (moveFocus) {
                body.focus();
            }
        }
    }
}
