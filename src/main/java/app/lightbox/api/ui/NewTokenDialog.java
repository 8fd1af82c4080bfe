package app.lightbox.api.ui;

import app.lightbox.api.TokenCreation.Created;
import app.lightbox.api.ToolConfigs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * A new token's secret, shown this once, and the settings for ShareX, PicList, PicGo, a screenshot script
 * and curl made with it, each to copy (ShareX's also as a file). When the dialog closes, its content goes:
 * the secret is kept in no component of the page (nor in the session that holds them).
 */
class NewTokenDialog extends Dialog {

    NewTokenDialog(Created created, ToolConfigs configs) {
        setHeaderTitle(getTranslation("api.tokens.created.title", created.token().name()));
        addClassName("new-token-dialog");
        setCloseOnOutsideClick(false); // a stray click must not lose the only sight of the secret
        Paragraph once = new Paragraph(getTranslation("api.tokens.created.once"));
        once.addClassName("token-once");
        CopyableText secret = CopyableText.line(getTranslation("api.tokens.created.token"), created.secret());
        secret.addClassName("token-secret");
        add(once, secret, new H3(getTranslation("api.tokens.tools.title")),
                new Paragraph(getTranslation("api.tokens.tools.hint")),
                tool("sharex", configs.shareX(), shareXFile(configs.shareX())),
                tool("piclist", configs.picList(), null),
                tool("picgo", configs.picGo(), null),
                tool("shell", configs.shellScript(), null),
                tool("curl", configs.curl(), null));

        Button close = new Button(getTranslation("api.tokens.created.close"), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeAll();
                getFooter().removeAll();
            }
        });
    }

    private Details tool(String key, String config, Component extra) {
        Div content = new Div(new Paragraph(getTranslation("api.tokens.tools." + key + ".hint")));
        if (extra != null) {
            content.add(extra);
        }
        content.add(CopyableText.lines(getTranslation("api.tokens.tools." + key), config));
        Details details = new Details(getTranslation("api.tokens.tools." + key), content);
        details.addClassName("tool-config");
        details.getElement().setAttribute("data-tool", key);
        return details;
    }

    /** The .sxcu file, from the page itself: a link with the token in its address would end up in logs. */
    private Anchor shareXFile(String shareX) {
        byte[] file = shareX.getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), "Lightbox.sxcu", "application/json", file.length)),
                getTranslation("api.tokens.tools.sharex.download"));
        download.addClassName("sharex-download");
        return download;
    }
}
