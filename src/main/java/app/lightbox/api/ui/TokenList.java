package app.lightbox.api.ui;

import app.lightbox.api.ApiTokenService;
import app.lightbox.api.ApiTokenSummary;
import app.lightbox.api.ApiTokenSummary.State;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.ui.DestructiveConfirmation;
import app.lightbox.base.ui.UserTime;
import app.lightbox.security.Actor;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The user's tokens, newest first: name, the end of the secret to tell them apart, scope, when each was
 * created and last used, when it expires, and whether it still works; active ones can be revoked.
 */
class TokenList extends Div {

    private final ApiTokenService tokens;
    private final Actor actor;
    private @Nullable Focusable<?> focusWhenNoneLeft;
    /** The tokens shown, in their order. */
    private final List<Long> listed = new ArrayList<>();
    /** The revoke button of each token shown that can be revoked. */
    private final Map<Long, Button> revokeButtons = new HashMap<>();

    TokenList(ApiTokenService tokens, Actor actor) {
        this.tokens = tokens;
        this.actor = actor;
        addClassName("token-list");
        refresh();
    }

    /** Where the keyboard focus goes when a revoke leaves no token that can be revoked. */
    void setFocusWhenNoneLeft(Focusable<?> target) {
        this.focusWhenNoneLeft = target;
    }

    void refresh() {
        removeAll();
        listed.clear();
        revokeButtons.clear();
        List<ApiTokenSummary> list = tokens.list(actor);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("api.tokens.list.empty"));
            empty.addClassName("empty-state");
            add(empty);
            return;
        }
        UnorderedList items = new UnorderedList();
        list.forEach(token -> {
            listed.add(token.id());
            items.add(item(token));
        });
        add(items);
    }

    private ListItem item(ApiTokenSummary token) {
        Span state = new Span(getTranslation("api.tokens.state." + token.state().name().toLowerCase(Locale.ROOT)));
        state.addClassNames("token-state", "token-state-" + token.state().name().toLowerCase(Locale.ROOT));
        Span hint = new Span(token.hint());
        hint.addClassName("token-hint");
        Paragraph what = new Paragraph(hint, new Span(" · " + getTranslation("api.tokens.scope." + token.scope().key())));
        Paragraph when = new Paragraph(String.join(" · ", getTranslation("api.tokens.list.created", date(token.createdAt())),
                token.lastUsedAt() == null ? getTranslation("api.tokens.list.never-used")
                        : getTranslation("api.tokens.list.last-used", UserTime.dateTime(token.lastUsedAt())),
                ending(token)));
        when.addClassName("token-dates");
        ListItem item = new ListItem(new H3(token.name()), state, what, when);
        item.addClassName("token-card");
        item.getElement().setAttribute("data-token-id", String.valueOf(token.id()));
        if (token.state() == State.ACTIVE) {
            Button revoke = new Button(getTranslation("api.tokens.revoke"), e -> confirmRevoke(token));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            revoke.setAriaLabel(getTranslation("api.tokens.revoke.label", token.name()));
            revoke.addClassName("revoke-token");
            revokeButtons.put(token.id(), revoke);
            item.add(revoke);
        }
        return item;
    }

    private String ending(ApiTokenSummary token) {
        return switch (token.state()) {
            case REVOKED -> getTranslation("api.tokens.list.revoked", date(token.revokedAt()));
            // to the minute: a token picked to last through the 5th ends as the 6th begins
            case EXPIRED -> getTranslation("api.tokens.list.expired", UserTime.dateTime(token.expiresAt()));
            case ACTIVE -> token.expiresAt() == null ? getTranslation("api.tokens.list.no-expiry")
                    : getTranslation("api.tokens.list.expires", UserTime.dateTime(token.expiresAt()));
        };
    }

    private static String date(Instant instant) {
        return UserTime.date(instant);
    }

    private void confirmRevoke(ApiTokenSummary token) {
        DestructiveConfirmation.open(getTranslation("api.tokens.revoke.title"),
                getTranslation("api.tokens.revoke.question", token.name()), getTranslation("base.action.cancel"),
                getTranslation("api.tokens.revoke"), () -> {
                    try {
                        tokens.revoke(actor, token.id());
                    } catch (NotFoundException e) {
                        // gone meanwhile (the account's other tab): stopped either way
                    }
                    Notification.show(getTranslation("api.tokens.revoke.done", token.name()));
                    refresh();
                    focusAfterRevoking(token.id());
                });
    }

    /**
     * The revoked token's button is gone with its focus: the focus goes on to the next token's revoke button
     * (else the one before it), so that revoking several is a run of Enters, or to the list's heading.
     */
    private void focusAfterRevoking(long revokedId) {
        List<Long> order = listed;
        int at = order.indexOf(revokedId);
        Optional<Button> next = order.stream().skip(at + 1L).map(revokeButtons::get).filter(Objects::nonNull)
                .findFirst()
                .or(() -> order.stream().limit(Math.max(at, 0)).map(revokeButtons::get).filter(Objects::nonNull)
                        .reduce((first, second) -> second));
        if (next.isPresent()) {
            next.get().focus();
        } else if (focusWhenNoneLeft != null) {
            focusWhenNoneLeft.focus();
        }
    }
}
