package app.lightbox.blog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InsertionPointTest {

    private static final String IMAGE = "![a](/files/a.png)";
    private static final String OTHER = "![b](/files/b.png)";

    private final InsertionPoint point = new InsertionPoint();

    @Test
    void before_any_change_images_go_at_the_end() {
        point.reset("First paragraph.\n\nSecond paragraph.");

        assertThat(point.insert("First paragraph.\n\nSecond paragraph.", IMAGE))
                .isEqualTo("First paragraph.\n\nSecond paragraph.\n\n" + IMAGE + "\n");
    }

    @Test
    void an_image_goes_after_the_paragraph_the_writer_last_edited() {
        point.reset("First paragraph.\n\nSecond paragraph.");
        point.changed("First paragraph, edited.\n\nSecond paragraph.");

        assertThat(point.insert("First paragraph, edited.\n\nSecond paragraph.", IMAGE))
                .isEqualTo("First paragraph, edited.\n\n" + IMAGE + "\n\nSecond paragraph.");
    }

    @Test
    void several_images_follow_each_other_in_order_at_that_place() {
        point.reset("One\n\nTwo\n\nThree");
        point.changed("One\n\nTwo!\n\nThree");

        String once = point.insert("One\n\nTwo!\n\nThree", IMAGE);
        String twice = point.insert(once, OTHER);

        assertThat(twice).isEqualTo("One\n\nTwo!\n\n" + IMAGE + "\n\n" + OTHER + "\n\nThree");
    }

    @Test
    void a_change_in_the_middle_of_a_line_puts_the_image_after_that_line() {
        point.reset("alpha beta gamma\nnext line");
        point.changed("alpha BETA gamma\nnext line");

        assertThat(point.insert("alpha BETA gamma\nnext line", IMAGE))
                .isEqualTo("alpha BETA gamma\n\n" + IMAGE + "\n\nnext line");
    }

    @Test
    void after_pressing_enter_twice_the_image_goes_into_the_new_empty_paragraph() {
        point.reset("Intro");
        point.changed("Intro\n\n");

        assertThat(point.insert("Intro\n\n", IMAGE)).isEqualTo("Intro\n\n" + IMAGE + "\n");
    }

    @Test
    void typing_in_the_first_line_of_a_long_text_puts_the_image_there_not_at_the_end() {
        String rest = "\n\nMore text.".repeat(50);
        point.reset("Title line" + rest);
        point.changed("Title line." + rest);

        assertThat(point.insert("Title line." + rest, IMAGE)).startsWith("Title line.\n\n" + IMAGE + "\n\nMore text.");
    }

    @Test
    void deleting_text_counts_as_a_change_too() {
        point.reset("Keep this.\n\nRemove some words here.\n\nLast.");
        point.changed("Keep this.\n\nRemove here.\n\nLast.");

        assertThat(point.insert("Keep this.\n\nRemove here.\n\nLast.", IMAGE))
                .isEqualTo("Keep this.\n\nRemove here.\n\n" + IMAGE + "\n\nLast.");
    }

    @Test
    void an_empty_text_gets_just_the_image() {
        point.reset("");

        assertThat(point.insert("", IMAGE)).isEqualTo(IMAGE + "\n");
    }
}
