package app.lightbox.blog.ui;

import app.lightbox.blog.PostService;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.ui.FinishedUploads;
import app.lightbox.images.ui.ImagePickerDialog;
import app.lightbox.images.ui.ImageUploads;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.UploadButton;
import com.vaadin.flow.component.upload.UploadDropZone;
import com.vaadin.flow.component.upload.UploadManager;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import java.util.Optional;

/**
 * The Markdown field inside a drop zone: images dropped on it, chosen with its button, pasted (a
 * screenshot from the clipboard) or picked from the library go through the library's upload service,
 * show their progress below, and land in the text as {@code ![name](link)}: after the line the writer
 * last changed ({@link InsertionPoint}), in the order they were dropped ({@link DropOrder}).
 */
class EditorImages extends Div {

    static final int MAX_FILES = 20;
    private static final int REFUSAL_MILLIS = 8000;
    private static final int NOTICE_MILLIS = 5000;

    private final TextArea body;
    private final SerializableRunnable onInserted;
    private final FinishedUploads finished;
    private final InsertionPoint point = new InsertionPoint();
    private final DropOrder order = new DropOrder();

    EditorImages(ImageService images, Actor actor, TextArea body, SerializableRunnable onInserted) {
        this.body = body;
        this.onInserted = onInserted;
        addClassName("editor-images");
        body.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                point.changed(e.getValue());
            }
        });

        UploadManager manager = new UploadManager(this);
        ImageUploads uploads = ImageUploads.into(manager, this, images, actor, MAX_FILES, new ImageUploads.Listener() {
            @Override
            public ImageUploads.Arrival starting() {
                int number = order.start();
                return new ImageUploads.Arrival() {
                    @Override
                    public void stored(ImageSummary image) {
                        arrived(number, Optional.of(image));
                    }

                    @Override
                    public void alreadyStored(ImageSummary image) {
                        arrived(number, Optional.of(image));
                        Notification.show(getTranslation("blog.editor.already-stored", image.originalName(),
                                image.uploaderName()), NOTICE_MILLIS, Notification.Position.BOTTOM_START);
                    }

                    @Override
                    public void notStored() {
                        arrived(number, Optional.empty());
                    }
                };
            }

            @Override
            public void refused(String fileName, String reason) {
                notifyRefused(fileName, reason);
            }
        });
        finished = uploads.finished();

        UploadButton upload = new UploadButton(getTranslation("blog.editor.upload"), manager);
        upload.setIcon(VaadinIcon.UPLOAD.create());
        Button fromLibrary = new Button(getTranslation("blog.editor.from-library"), VaadinIcon.PICTURE.create(),
                e -> new ImagePickerDialog(images, this::insertAll).open());
        Span hint = new Span(getTranslation("blog.editor.drop-hint"));
        hint.addClassName("editor-hint");
        Div toolbar = new Div(upload, fromLibrary, hint);
        toolbar.addClassName("editor-toolbar");

        UploadDropZone zone = new UploadDropZone(new Div(body, toolbar), manager);
        zone.addClassName("editor-drop-zone");
        add(zone, uploads.fileList(manager, this), finished);
    }

    /** The text as shown now, not changed by the writer: images go at its end until the writer changes it. */
    void textShown(String text) {
        point.reset(text);
    }

    private void arrived(int number, Optional<ImageSummary> image) {
        insertAll(order.finished(number, image));
    }

    /** Listed below already; shown at once where the writer is looking too, not only below the fold. */
    private void notifyRefused(String fileName, String reason) {
        Notification.show(getTranslation("blog.editor.refused", fileName, reason), REFUSAL_MILLIS,
                Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void insertAll(List<ImageSummary> picked) {
        String text = body.getValue();
        boolean inserted = false;
        for (ImageSummary image : picked) {
            String markdown = ImageSnippets.of(image, "").markdown(); // a link relative to the blog's pages
            InsertionPoint.Placement placement = point.place(text, markdown);
            if (placement.text().length() > PostService.BODY_MAX) {
                // The upload is in the library all the same; only the text has no room for it.
                String reason = getTranslation("blog.editor.no-room", PostService.BODY_MAX);
                finished.refused(image.originalName(), reason);
                notifyRefused(image.originalName(), reason);
                continue;
            }
            point.accept(placement);
            text = placement.text();
            inserted = true;
        }
        if (inserted) {
            body.setValue(text);
            onInserted.run();
        }
    }
}
