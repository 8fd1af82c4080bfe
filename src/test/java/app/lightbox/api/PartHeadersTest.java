package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a part's headers say, written the ways browsers and tools write them. */
class PartHeadersTest {

    @Test
    void a_file_part_as_curl_and_browsers_send_it_has_its_field_and_file_name() {
        PartHeaders part = PartHeaders.parse("Content-Disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\n"
                + "Content-Type: image/png");

        assertThat(part).isEqualTo(new PartHeaders("file", "cat.png"));
    }

    @Test
    void a_field_without_a_file_name_has_none_and_an_empty_file_name_stays_empty() {
        assertThat(PartHeaders.parse("Content-Disposition: form-data; name=note")).isEqualTo(new PartHeaders("note", null));
        assertThat(PartHeaders.parse("content-disposition: FORM-DATA;name=\"file\";filename=\"\""))
                .isEqualTo(new PartHeaders("file", ""));
    }

    @Test
    void quoted_values_keep_semicolons_escaped_quotes_and_backslashes_as_sent() {
        PartHeaders part = PartHeaders.parse("Content-Disposition: form-data; name=\"file\"; filename=\"a; b \\\"c\\\" ..\\\\x.png\"");

        assertThat(part.fileName()).isEqualTo("a; b \\\"c\\\" ..\\\\x.png");
    }

    @Test
    void an_extended_file_name_wins_over_the_plain_one_and_is_decoded() {
        PartHeaders part = PartHeaders.parse("Content-Disposition: form-data; name=\"file\"; filename=\"fallback.png\"; "
                + "filename*=UTF-8''%E7%8C%AB%20%F0%9F%90%88.png");

        assertThat(part.fileName()).isEqualTo("猫 🐈.png");
    }

    @Test
    void a_folded_header_is_read_whole_and_other_dispositions_are_no_field() {
        assertThat(PartHeaders.parse("Content-Type: image/png\r\nContent-Disposition: form-data;\r\n name=\"file\";\r\n\tfilename=\"x.png\""))
                .isEqualTo(new PartHeaders("file", "x.png"));
        assertThat(PartHeaders.parse("Content-Disposition: inline; name=\"file\"")).isEqualTo(new PartHeaders(null, null));
        assertThat(PartHeaders.parse("")).isEqualTo(new PartHeaders(null, null));
    }
}
