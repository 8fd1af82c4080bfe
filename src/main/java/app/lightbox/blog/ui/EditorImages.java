package app.lightbox.blog.ui;

import app.lightbox.blog.PostService;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.UploadLimits;
import app.lightbox.images.ui.ImagePickerDialog;
import app.lightbox.images.ui.ImageUploadReceiver;
import app.lightbox.images.ui.RefusalList;
import app.lightbox.images.ui.UploadTexts;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.UploadButton;
import com.vaadin.flow.component.upload.UploadDropZone;
import com.vaadin.flow.component.upload.UploadFileList;
import com.vaadin.flow.component.upload.UploadManager;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * The Markdown field inside a drop zone: images dropped on it (or chosen with its button, or
 * picked from the library) go through the library's upload service, show their progress below,
 * and land in the text as {@code ![name](link)}. Vaadin offers no caret position on the server, so
 * they are added at the end of the text.
 */
class EditorImages extends Div {

    static final int MAX_FILES = 20;

    private final TextArea body;
    private final SerializableRunnable onInserted;
    private final RefusalList refusals = new RefusalList();

    EditorImages(ImageService images, Actor actor, TextArea body, SerializableRunnable onInserted) {
        this.body = body;
        this.onInserted = onInserted;
        addClassName("editor-images");

        UploadLimits limits = images.limits();
        UploadManager manager = new UploadManager(this, new ImageUploadReceiver(images, actor, this::insert, refusals::add));
        manager.setMaxFiles(MAX_FILES);
        manager.setMaxFileSize(limits.maxFileSize());
        manager.setAcceptedMimeTypes(limits.acceptedMediaTypes().toArray(String[]::new));
        manager.addFileRejectedListener(e -> refusals.add(e.getFileName(), UploadTexts.refusal(this, e.getReason(), MAX_FILES, limits.maxFileSize())));

        UploadButton upload = new UploadButton(getTranslation("blog.editor.upload"), manager);
        upload.setIcon(VaadinIcon.UPLOAD.create());
        Button fromLibrary = new Button(getTranslation("blog.editor.from-library"), VaadinIcon.PICTURE.create(),
                e -> new ImagePickerDialog(images, this::insertAll).open());
        Span hint = new Span(getTranslation("blog.editor.drop-hint"));
        hint.addClassName("editor-hint");
        Div toolbar = new Div(upload, fromLibrary, hint);
        toolbar.addClassName("editor-toolbar");

        UploadFileList files = new UploadFileList(manager);
        files.setI18n(UploadTexts.forFileList(this, MAX_FILES, limits.maxFileSize()));

        UploadDropZone zone = new UploadDropZone(new Div(body, toolbar), manager);
        zone.addClassName("editor-drop-zone");
        add(zone, files, refusals);
    }

    private void insert(ImageSummary image) {
        insertAll(List.of(image));
    }

    private void insertAll(List<ImageSummary> picked) {
        if (picked.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(body.getValue());
        boolean inserted = false;
        for (ImageSummary image : picked) {
            String separator = text.isEmpty() || text.toString().endsWith("\n\n") ? ""
                    : text.toString().endsWith("\n") ? "\n" : "\n\n";
            String markdown = separator + "![" + escapeAlt(image.originalName()) + "](" + image.url() + ")\n";
            if (text.length() + markdown.length() > PostService.BODY_MAX) {
                // The upload is in the library all the same; only the text has no room for it.
                refusals.add(image.originalName(), getTranslation("blog.editor.no-room", PostService.BODY_MAX));
                continue;
            }
            text.append(markdown);
            inserted = true;
        }
        if (inserted) {
            body.setValue(text.toString());
            onInserted.run();
        }
    }


    /**
     * An original name as Markdown image text that reads back as the name itself: brackets would end the
     * text, {@code <i>} would be taken for HTML (and dropped from the alt text), {@code &amp;} for an
     * entity, and {@code *}, {@code _}, {@code `} or {@code ~} for emphasis, code or strikethrough, so each
     * of those gets a backslash. Other characters stay as they are, so that the text stays readable.
     */
    static String escapeAlt(String name) {
        StringBuilder escaped = new StringBuilder(name.length() + 8);
        name.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r') {
                escaped.append(' ');
                return;
            }
            if (c < 0x80 && MARKDOWN_PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }

    /** What means something inside image text; a backslash turns each into itself (CommonMark). */
    private static final String MARKDOWN_PUNCTUATION = "\\[]<>&*_`~";
}
