package app.lightbox.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's one style sheet stays well-formed: a block left open (as a merge can leave it) makes the browser
 * read every rule after it as part of that block, and the views below it lose their styles without an error.
 */
class StyleSheetTest {

    private static final Path STYLES = Path.of("src/main/resources/META-INF/resources/styles.css");

    @Test
    void every_block_and_comment_of_the_style_sheet_is_closed_and_no_merge_marker_is_left() throws IOException {
        String css = Files.readString(STYLES);
        int depth = 0;
        boolean inComment = false;
        for (int i = 0; i < css.length(); i++) {
            if (!inComment && css.startsWith("/*", i)) {
                inComment = true;
                i++;
            } else if (inComment && css.startsWith("*/", i)) {
                inComment = false;
                i++;
            } else if (!inComment && css.charAt(i) == '{') {
                depth++;
            } else if (!inComment && css.charAt(i) == '}') {
                depth--;
                assertThat(depth).as("a block closed that was not open, at character %d", i).isNotNegative();
            }
        }

        assertThat(inComment).as("a comment left open").isFalse();
        assertThat(depth).as("blocks left open").isZero();
        assertThat(css.lines()).noneMatch(line -> List.of("<<<<<<<", "=======", ">>>>>>>").stream().anyMatch(line::startsWith));
    }
}
