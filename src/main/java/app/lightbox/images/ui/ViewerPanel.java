package app.lightbox.images.ui;

import app.lightbox.base.ByteSize;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.base.ui.UserTime;
import app.lightbox.images.ImageDescriptions;
import app.lightbox.images.ImageDetails.Capture;
import app.lightbox.images.ImageSummary;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Everything known of the image in the viewer: its name and description (editable by its uploader or an
 * admin, through {@link ImageDescriptions}), its facts, its Exif, where it is used, and what can be done
 * with it. Beside the picture on a wide screen, below it on a phone (styles.css, .viewer-body).
 */
class ViewerPanel extends Aside {

    /** What the viewer does when the image changes here. */
    interface Changes extends Serializable {
        void changed(ImageSummary image);

        void deleted();
    }

    private final ImageSummary image;
    private final ImageViewer.Services services;
    private final Actor actor;
    private final Changes changes;

    ViewerPanel(ImageSummary image, ImageViewer.Services services, Actor actor, Changes changes) {
        this.image = image;
        this.services = services;
        this.actor = actor;
        this.changes = changes;
        addClassName("viewer-panel");
        getElement().setAttribute("aria-label", getTranslation("images.viewer.panel"));
        boolean editable = actor.mayChange(image.uploaderId());

        TextField name = new TextField(getTranslation("images.viewer.name"), image.originalName(), "");
        name.setMaxLength(ImageDescriptions.MAX_NAME);
        name.setRequired(true);
        TextArea description = new TextArea(getTranslation("images.viewer.description"), image.description(), "");
        description.setMaxLength(ImageDescriptions.MAX_DESCRIPTION);
        description.setHelperText(getTranslation("images.viewer.description-hint"));
        for (var field : new HasValue<?, ?>[] {name, description}) {
            ((Component) field).addClassName("viewer-field");
            field.setReadOnly(!editable);
        }
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(name, text -> services.descriptions().rename(image.storedName(), text, actor),
                        ImageSummary::originalName, "images.viewer.name-empty");
            }
        });
        description.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save(description, text -> services.descriptions().describe(image.storedName(), text, actor),
                        ImageSummary::description, "images.viewer.description-too-long");
            }
        });
        add(name, description, facts(), actions(editable));
    }

    /** Saves the field's text when it is changed, shows it as kept (trimmed, on one line), or says why not. */
    private <F extends HasValue<?, String> & HasValidationProperties> void save(F field,
            SerializableFunction<String, ImageSummary> change, SerializableFunction<ImageSummary, String> kept,
            String refusal) {
        try {
            ImageSummary changed = change.apply(field.getValue());
            field.setValue(kept.apply(changed));
            field.setInvalid(false);
            Notification.show(getTranslation("images.viewer.saved"), 2000, Notification.Position.BOTTOM_START);
            changes.changed(changed);
        } catch (IllegalArgumentException refused) {
            field.setErrorMessage(getTranslation(refusal, ImageDescriptions.MAX_DESCRIPTION));
            field.setInvalid(true);
        } catch (NotPermittedException | NotFoundException e) {
            ImageCard.error(getTranslation("base.error.denied.message"));
        }
    }

    private DescriptionList facts() {
        DescriptionList facts = new DescriptionList();
        facts.addClassName("viewer-facts");
        fact(facts, "images.viewer.size", ByteSize.format(image.sizeBytes(), getLocale()));
        fact(facts, "images.viewer.dimensions", getTranslation("images.viewer.dimensions-value", image.width(),
                image.height()));
        fact(facts, "images.viewer.type", image.mediaType());
        fact(facts, "images.viewer.uploaded", getTranslation("images.viewer.uploaded-value",
                UserTime.dateTime(image.uploadedAt()), image.uploaderName()));
        Capture capture = services.details().capture(image.storedName());
        if (capture.takenAt() != null) {
            fact(facts, "images.viewer.taken", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM,
                    FormatStyle.SHORT).withLocale(getLocale()).format(capture.takenAt()));
        }
        if (capture.camera() != null) {
            fact(facts, "images.viewer.camera", capture.camera());
        }
        facts.add(new DescriptionList.Term(getTranslation("images.viewer.where-used")), new DescriptionList.Description(
                WhereUsed.of(image, () -> services.references().whereUsed(image.storedName(), actor))));
        if (image.locationRemoved()) {
            facts.add(new DescriptionList.Description(new LocationRemovedNote()));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String term, String value) {
        facts.add(new DescriptionList.Term(getTranslation(term)), new DescriptionList.Description(ImageCard.line(value)));
    }

    private Div actions(boolean editable) {
        Div actions = new Div(new CopyAsButton(image));
        actions.addClassName("viewer-actions");
        if (!image.fileMissing()) {
            Anchor download = new Anchor(image.downloadUrl(), getTranslation("images.viewer.download"));
            download.setRouterIgnore(true);
            download.getElement().setAttribute("download", true);
            download.addClassName("viewer-download");
            actions.add(download);
        }
        if (editable) {
            Button delete = new Button(getTranslation("images.viewer.delete"), VaadinIcon.TRASH.create(),
                    e -> ImageDeletion.confirm(image, services.deletions(), services.references(), actor, changes::deleted));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel(getTranslation("images.card.delete", image.originalName()));
            actions.add(delete);
        }
        return actions;
    }
}
