package app.lightbox.blog;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text of a post as readers see it, derived from its Markdown on every save so that lists and search
 * never read bodies: without syntax, link addresses or images (an image's description would match a search
 * for "png"), white space folded to single spaces.
 */
final class PostText {

    private PostText() {}

    /** All of the text, cut at a word to at most {@code maxChars} with "…". */
    static String plain(String markdown, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        StringBuilder text = new StringBuilder();
        MarkdownRenderer.PARSER.parse(markdown).accept(new PlainText(text));
        return cut(fold(text), maxChars);
    }

    /**
     * What a list shows of a post: its prose, from the first paragraph on (paragraphs only: no headings, table
     * cells or code between them), cut to {@code maxChars}; all of its text if it has no paragraph.
     */
    static String excerpt(String markdown, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        StringBuilder prose = new StringBuilder();
        MarkdownRenderer.PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                if (prose.length() <= maxChars && !inTable(paragraph)) {
                    StringBuilder text = new StringBuilder();
                    paragraph.accept(new PlainText(text));
                    prose.append(' ').append(text);
                }
            }
        });
        String folded = fold(prose);
        return folded.isEmpty() ? plain(markdown, maxChars) : cut(folded, maxChars);
    }

    private static boolean inTable(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof TableCell) {
                return true;
            }
        }
        return false;
    }

    private static String fold(CharSequence text) {
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    /** At most {@code maxChars}, cut at a word with "…", never splitting a character. */
    private static String cut(String flat, int maxChars) {
        if (flat.length() <= maxChars) {
            return flat;
        }
        int shown = maxChars - 1;
        int cut = flat.lastIndexOf(' ', shown);
        if (cut <= shown / 2) {
            cut = Character.isLowSurrogate(flat.charAt(shown)) ? shown - 1 : shown;
        }
        return flat.substring(0, cut) + "…";
    }

    /** Collects the text a reader sees, with a space wherever a line, block or table cell ends. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder text;

        PlainText(StringBuilder text) {
            this.text = text;
        }

        @Override
        protected void visitChildren(Node parent) {
            Node child = parent.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                child.accept(this);
                if (child instanceof Block || child instanceof TableCell) {
                    text.append(' ');
                }
                child = next;
            }
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock node) {
            text.append(node.getLiteral());
        }

        // Raw HTML is shown as text in posts, so it is text here too.
        @Override
        public void visit(HtmlInline node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(HtmlBlock node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak node) {
            text.append(' ');
        }

        @Override
        public void visit(Image node) {
            // Images are not text; their descriptions would only interrupt an excerpt.
        }
    }
}
