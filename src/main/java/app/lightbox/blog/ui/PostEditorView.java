package app.lightbox.blog.ui;

import app.lightbox.base.NotPermittedException;
import app.lightbox.blog.InvalidPostException;
import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.blog.StalePostException;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;

/** Writing a new post, or editing one of one's own (admins may edit any). */
@Route("posts/new")
@RouteAlias("posts/:id(\\d{1,18})/edit")
@PermitAll
public class PostEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PostService posts;
    private final Actor actor;
    private final H1 heading = new H1();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private PostDetails editing;

    PostEditorView(PostService posts, CurrentUser currentUser) {
        this.posts = posts;
        this.actor = currentUser.require();
        addClassNames("page", "post-editor");

        title.setLabel(getTranslation("blog.editor.title"));
        title.setMaxLength(PostService.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setManualValidation(true);
        title.setWidthFull();
        body.setLabel(getTranslation("blog.editor.body"));
        body.setHelperText(getTranslation("blog.editor.body-help"));
        body.setMaxLength(PostService.BODY_MAX);
        body.setManualValidation(true);
        body.setWidthFull();
        body.addClassName("post-body-field");

        Button save = new Button(getTranslation("base.action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        Button cancel = new Button(getTranslation("base.action.cancel"), e -> leave());
        Div actions = new Div(save, cancel);
        actions.addClassName("post-actions");
        add(heading, title, body, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            heading.setText(getTranslation("blog.editor.new-title"));
            return;
        }
        PostDetails post = posts.find(id.get(), actor).orElse(null);
        if (post == null) {
            event.rerouteToError(NotFoundException.class);
        } else if (!posts.mayChange(post, actor)) {
            event.rerouteToError(AccessDeniedException.class);
        } else {
            editing = post;
            heading.setText(getTranslation("blog.editor.edit-title"));
            title.setValue(post.title());
            body.setValue(post.body());
        }
    }

    private void save() {
        title.setInvalid(false);
        body.setInvalid(false);
        try {
            PostDetails saved = editing == null
                    ? posts.create(title.getValue(), body.getValue(), actor)
                    : posts.update(editing.id(), editing.version(), title.getValue(), body.getValue(), actor);
            Notification.show(getTranslation("blog.editor.saved", saved.title()));
            getUI().ifPresent(ui -> ui.navigate(PostView.class, new RouteParameters("id", String.valueOf(saved.id()))));
        } catch (InvalidPostException e) {
            var field = e.field() == InvalidPostException.Field.TITLE ? title : null;
            String message = getTranslation(e.messageKey(), e.args());
            if (field != null) {
                title.setErrorMessage(message);
                title.setInvalid(true);
                title.focus();
            } else {
                body.setErrorMessage(message);
                body.setInvalid(true);
                body.focus();
            }
        } catch (StalePostException e) {
            error("blog.editor.stale");
        } catch (NotPermittedException e) {
            error("base.error.denied.message");
        }
    }

    private void error(String key) {
        Notification n = Notification.show(getTranslation(key), 10_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void leave() {
        getUI().ifPresent(ui -> {
            if (editing == null) {
                ui.navigate(PostListView.class);
            } else {
                ui.navigate(PostView.class, new RouteParameters("id", String.valueOf(editing.id())));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation(editing == null ? "blog.editor.new-title" : "blog.editor.edit-title");
    }
}
