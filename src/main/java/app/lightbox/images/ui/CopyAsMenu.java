package app.lightbox.images.ui;

import app.lightbox.base.PublicAddress;
import app.lightbox.base.ui.PageAddress;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * "Copy as" for one image: its URL, Markdown, HTML, BBCode, thumbnail and display URL (one place:
 * {@link ImageSnippets}, as the API answers), in a menu under the button that opened it. Each item puts its
 * text on the clipboard and says so; where the browser refuses (a plain-HTTP intranet host), a
 * {@link CopyTextDialog} shows the text selected for Ctrl+C instead.
 *
 * <p>Made when opened and gone when closed: a library page keeps its 48 cards on the server while it is
 * open, and a menu each would cost more than the cards' other controls together. The keyboard opens it with
 * Enter or Space on the button; the focus is then on the first item (the URL, so that Enter, Enter copies
 * the link), the arrow keys, Home and End move between the items, Tab too, and Esc closes it.
 */
class CopyAsMenu extends Popover {

    /** What can be copied, in the menu's order. */
    enum Format {
        URL("url", ImageSnippets::url),
        MARKDOWN("markdown", ImageSnippets::markdown),
        HTML("html", ImageSnippets::html),
        BBCODE("bbcode", ImageSnippets::bbcode),
        THUMBNAIL_URL("thumbnail-url", ImageSnippets::thumbnailUrl),
        DISPLAY_URL("display-url", ImageSnippets::displayUrl);

        final String key;
        final SerializableFunction<ImageSnippets, String> text;

        Format(String key, SerializableFunction<ImageSnippets, String> text) {
            this.key = "images.copy-as." + key;
            this.text = text;
        }
    }

    /** One item: a button that copies its text. */
    static final class Item extends Button {

        private final String text;

        private Item(String label, String text) {
            super(label);
            this.text = text;
        }

        /** What it puts on the clipboard. */
        String text() {
            return text;
        }
    }

    private final List<Item> items = new ArrayList<>();
    private int focused;

    private CopyAsMenu(Button opener, ImageSummary image, String base) {
        ImageSnippets snippets = ImageSnippets.of(image, base);
        addClassName("copy-as-menu");
        setRole("menu");
        setAriaLabel(getTranslation("images.copy-as.menu", image.originalName()));
        setPosition(PopoverPosition.BOTTOM_START);
        // opened and closed by the server alone, which also decides where the focus goes: back to the button
        // after a copy or Esc, but not after a click elsewhere, which put the focus there
        setOpenOnClick(false);
        setCloseOnEsc(false);
        Div list = new Div();
        list.addClassName("copy-as-items");
        for (Format format : Format.values()) {
            String label = getTranslation(format.key);
            Item item = new Item(label, format.text.apply(snippets));
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            item.addClassName("copy-as-item");
            item.getElement().setAttribute("role", "menuitem");
            int index = items.size();
            item.addFocusListener(e -> focused = index);
            Clipboard.onClick(item).writeText(item.text(), copied -> {
                close();
                opener.focus();
                Notification.show(getTranslation("images.copy-as.copied", label), 3000,
                        Notification.Position.BOTTOM_START);
            }, refused -> {
                close();
                new CopyTextDialog(item.text(), getTranslation("images.copy-as.dialog-title", label),
                        getTranslation("images.copy-as.dialog-label", label, image.originalName()), opener).open();
            });
            items.add(item);
            list.add(item);
        }
        Shortcuts.addShortcutListener(list, () -> moveTo(focused + 1), Key.ARROW_DOWN).listenOn(list);
        Shortcuts.addShortcutListener(list, () -> moveTo(focused - 1), Key.ARROW_UP).listenOn(list);
        Shortcuts.addShortcutListener(list, () -> moveTo(0), Key.HOME).listenOn(list);
        Shortcuts.addShortcutListener(list, () -> moveTo(items.size() - 1), Key.END).listenOn(list);
        Shortcuts.addShortcutListener(list, () -> {
            close();
            opener.focus();
        }, Key.ESCAPE).listenOn(list);
        add(list);

        setTarget(opener);
        ComponentUtil.setData(opener, CopyAsMenu.class, this);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                ComponentUtil.setData(opener, CopyAsMenu.class, null);
                setTarget(null); // and so out of the page
            }
        });
    }

    /**
     * Opens the menu for {@code image} under {@code opener}, or closes it if it is open there already. Call
     * it in the opener's click listener: the links are made absolute from the request being handled.
     */
    static void toggle(Button opener, ImageSummary image) {
        CopyAsMenu open = ComponentUtil.getData(opener, CopyAsMenu.class);
        if (open != null) {
            open.close();
            return;
        }
        CopyAsMenu menu = new CopyAsMenu(opener, image, base());
        menu.open();
        // the first item rather than the popover itself (its autofocus), so that Enter copies at once; the
        // focus moves once the popover is shown
        menu.items.getFirst().focus();
    }

    /** The items, in order: for tests. */
    List<Item> items() {
        return List.copyOf(items);
    }

    private void moveTo(int index) {
        focused = Math.floorMod(index, items.size()); // round, as menus do
        items.get(focused).focus();
    }

    /**
     * The app's address as the reader reached it. Looked up here rather than handed down, since the picker
     * and the upload list are built by the blog's editor too, which has no business with addresses.
     */
    private static String base() {
        return PageAddress.current(Instantiator.get(UI.getCurrent()).getOrCreate(PublicAddress.class));
    }
}
