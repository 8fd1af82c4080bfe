package app.lightbox.blog;

import app.lightbox.base.i18n.MessageBundles;
import app.lightbox.images.ImageLinks;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * The one place where a post's body becomes HTML, plain text or a list of the images it shows.
 *
 * <p>Bodies are CommonMark with tables, strikethrough and autolinks. HTML written in a body is shown
 * as text, never interpreted. The HTML made from the Markdown is then decorated (library images get
 * their size and a link to the original, links to other sites {@code rel="noopener noreferrer
 * nofollow"}, images of other sites become such links unless {@link BlogProperties} lets posts show
 * them) and finally cleaned with a jsoup {@link Safelist}, so that whatever reaches the page has
 * passed the allow-list, decorations included.
 */
@Component
public class MarkdownRenderer {

    /** What links to other sites carry: no window handle, no referrer, no ranking. */
    static final String EXTERNAL_REL = "noopener noreferrer nofollow";
    /** The class of the text shown in place of an image that was deleted from the library. */
    static final String IMAGE_REMOVED_CLASS = "image-removed";
    /**
     * How wide a post's image is shown at most: the page's content width (styles.css), the whole window
     * below it; the browser picks the thumbnail, the display size or the original from the srcset by this.
     */
    static final String SIZES = "(max-width: 72rem) 100vw, 72rem";

    /**
     * How bodies name library images: {@code /files/NAME}, or relative as {@code files/NAME} (Vaadin
     * pages resolve against the app's root). This is the form stored in bodies, so it stays recognised
     * even if {@link ImageLinks} one day serves images from elsewhere. Absolute URLs are taken as other
     * sites: the app's own origin is not known here.
     */
    private static final Pattern LIBRARY_URL =
            Pattern.compile("(?:/|\\./)?files/([A-Za-z0-9_-]{1,60}\\.(?:png|jpg|gif|webp))(?:[?#].*)?");
    /** A library path mentioned in plain text, not inside a longer path or address. */
    private static final Pattern LIBRARY_PATH_IN_TEXT =
            Pattern.compile("(?<![A-Za-z0-9_./-])/files/([A-Za-z0-9_-]{1,60}\\.(?:png|jpg|gif|webp))(?![A-Za-z0-9_-])");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** Only resolves relative links while cleaning; never shown. */
    private static final String BASE_URI = "https://lightbox.invalid/";
    /** Marks a link Vaadin's router must leave to the browser (files are served by an endpoint, not a view). */
    private static final String ROUTER_IGNORE = "router-ignore";

    private static final List<Extension> EXTENSIONS =
            List.of(TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    // Parser, renderer and cleaner are immutable and thread-safe: built once.
    /** The one Markdown dialect of Lightbox: what renders as HTML is also what {@link PostText} reads. */
    static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            // HTML is shown as text anyway; as a block it would also break a paragraph's lines apart.
            .enabledBlockTypes(Set.of(Heading.class, ThematicBreak.class, FencedCodeBlock.class,
                    IndentedCodeBlock.class, BlockQuote.class, ListBlock.class))
            .build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .percentEncodeUrls(true)
            // Bodies written as plain text before Markdown keep their line breaks.
            .softbreak("<br>")
            .build();
    private static final Cleaner CLEANER = new Cleaner(safelist());

    private final ImageService images;
    private final MessageBundles messages;
    private final boolean externalImages;

    public MarkdownRenderer(ImageService images, MessageBundles messages, BlogProperties blog) {
        this.images = images;
        this.messages = messages;
        this.externalImages = blog.externalImages();
    }

    /**
     * The allow-list of the HTML that posts may contain: what CommonMark and its extensions make, the
     * attributes this renderer adds, and links and images only to http, https (links also mailto) and
     * relative addresses.
     */
    static Safelist safelist() {
        return new Safelist()
                .addTags("p", "h2", "h3", "h4", "h5", "h6", "em", "strong", "del", "s", "code", "pre",
                        "blockquote", "ul", "ol", "li", "hr", "br", "table", "thead", "tbody", "tr", "th", "td",
                        "a", "img", "span")
                .addAttributes("ol", "start")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .addAttributes("a", "href", "title", "rel", ROUTER_IGNORE)
                .addAttributes("img", "src", "srcset", "sizes", "alt", "title", "width", "height", "loading")
                .addAttributes("span", "class", "role", "aria-label")
                .addProtocols("a", "href", "http", "https", "mailto")
                .addProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(true);
    }

    /** Safe HTML for a post body, to be placed inside one container element; texts in English. */
    public String toHtml(String markdown) {
        return toHtml(markdown, MessageBundles.ENGLISH);
    }

    /** Safe HTML for a post body, to be placed inside one container element; texts in {@code locale}. */
    public String toHtml(String markdown, Locale locale) {
        Document dirty = Jsoup.parseBodyFragment(HTML.render(PARSER.parse(markdown)), BASE_URI);
        Element body = dirty.body();
        // The post's title is the page's h1.
        body.select("h1").tagName("h2");
        for (Element link : body.select("a[href]")) {
            if (!isInternal(link.attr("href"))) {
                link.attr("rel", EXTERNAL_REL);
            }
        }
        Map<String, Optional<ImageSummary>> found = new HashMap<>();
        for (Element image : body.select("img")) {
            showImage(image, found, locale);
        }
        // Files are served by the download endpoint, not by a view: the browser must load them itself
        // instead of Vaadin's router, which would show "not found".
        for (Element link : body.select("a[href]")) {
            if (libraryName(link.attr("href")).isPresent()) {
                link.attr(ROUTER_IGNORE, "");
            }
        }

        Document clean = CLEANER.clean(dirty);
        // What the allow-list stripped of its address is shown as text.
        clean.select("a:not([href])").unwrap();
        for (Element image : clean.select("img:not([src])")) {
            image.replaceWith(new TextNode(image.attr("alt")));
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    private void showImage(Element image, Map<String, Optional<ImageSummary>> found, Locale locale) {
        if (!externalImages && !isInternal(image.attr("src"))) {
            linkInstead(image);
            return;
        }
        image.attr("loading", "lazy");
        // only the sizes of library images, set below (Markdown writes none, and HTML in the text is escaped;
        // should that change, a srcset of the text's own must not load anything from anywhere)
        image.removeAttr("srcset").removeAttr("sizes");
        Optional<String> storedName = libraryName(image.attr("src"));
        if (storedName.isEmpty()) {
            return;
        }
        String name = storedName.get();
        Optional<ImageSummary> summary = found.computeIfAbsent(name, images::find);
        if (summary.isEmpty() || summary.get().fileMissing()) {
            String alt = image.attr("alt").strip();
            String key = summary.isEmpty() ? "blog.render.image-removed" : "blog.render.image-missing";
            String label = messages.getTranslation(key, locale, alt.isEmpty() ? name : alt);
            image.replaceWith(new Element("span").addClass(IMAGE_REMOVED_CLASS).attr("role", "img")
                    .attr("aria-label", label).text(label));
            return;
        }
        ImageSummary stored = summary.get();
        image.attr("src", ImageLinks.displayUrl(name))
                .attr("srcset", ImageLinks.srcset(name, stored.width(), stored.height()))
                .attr("sizes", SIZES)
                .attr("width", Integer.toString(stored.width()))
                .attr("height", Integer.toString(stored.height()));
        if (image.attr("alt").isBlank()) {
            // The image is a link's only content, and a link needs a name: its description, else its name.
            image.attr("alt", stored.altText());
        }
        if (image.closest("a") == null) {
            Element original = new Element("a").attr("href", ImageLinks.url(name));
            image.before(original);
            original.appendChild(image);
        }
    }

    /**
     * An image of another site, where posts may not load them (see {@link BlogProperties}): a link to it,
     * named by its description; inside another link, only the description.
     */
    private static void linkInstead(Element image) {
        String src = image.attr("src");
        String alt = image.attr("alt").strip();
        String text = alt.isEmpty() ? src : alt;
        if (image.closest("a") != null) {
            image.replaceWith(new TextNode(text));
            return;
        }
        Element link = new Element("a").attr("href", src);
        if (image.hasAttr("title")) {
            link.attr("title", image.attr("title"));
        }
        image.replaceWith(link.attr("rel", EXTERNAL_REL).text(text));
    }

    /** Relative addresses are this app's; anything with a scheme or a host ({@code //host}) is another site's. */
    private static boolean isInternal(String href) {
        return !SCHEME.matcher(href).find() && !href.startsWith("//") && !href.startsWith("/\\")
                && !href.startsWith("\\");
    }

    private static Optional<String> libraryName(String url) {
        Matcher m = LIBRARY_URL.matcher(url);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The stored names of the library images the body refers to, in order of appearance, without
     * repeats: images, links, and {@code /files/NAME} written as plain text (as bodies did before
     * Markdown), but not inside code.
     */
    public List<String> referencedImages(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                libraryName(image.getDestination()).ifPresent(names::add);
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                libraryName(link.getDestination()).ifPresent(names::add);
                visitChildren(link);
            }

            @Override
            public void visit(Text text) {
                Matcher m = LIBRARY_PATH_IN_TEXT.matcher(text.getLiteral());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        });
        return new ArrayList<>(names);
    }
}
