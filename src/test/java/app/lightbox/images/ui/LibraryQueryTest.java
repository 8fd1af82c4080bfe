package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryQueryTest {

    @Test
    void reads_page_search_and_filter_with_pages_counted_from_one() {
        assertThat(LibraryQuery.from(QueryParameters.fromString("page=3&q=cat&unused=true")))
                .isEqualTo(new LibraryQuery(2, "cat", true));
    }

    @Test
    void writes_them_back_the_same_way() {
        assertThat(new LibraryQuery(2, "cat", true).toParameters())
                .isEqualTo(QueryParameters.simple(Map.of("page", "3", "q", "cat", "unused", "true")));
    }

    @Test
    void the_first_page_no_search_and_all_images_are_left_out_of_the_address() {
        assertThat(LibraryQuery.FIRST_PAGE.toParameters()).isEqualTo(QueryParameters.empty());
        assertThat(new LibraryQuery(0, "  ", false).toParameters()).isEqualTo(QueryParameters.empty());
        assertThat(LibraryQuery.from(QueryParameters.empty())).isEqualTo(LibraryQuery.FIRST_PAGE);
    }

    @Test
    void a_search_is_kept_without_its_surrounding_spaces_and_in_any_script() {
        LibraryQuery query = LibraryQuery.from(QueryParameters.fromString("q=%20%E5%9B%BE%E7%89%87%20cat%20"));

        assertThat(query.search()).isEqualTo("图片 cat");
        assertThat(LibraryQuery.from(query.toParameters())).isEqualTo(query);
    }

    @ParameterizedTest(name = "page={0} is page index {1}")
    @CsvSource({"1, 0", "2, 1", "0002, 1", "0, 0", "-3, 0", "abc, 0", "1.5, 0", "'', 0", "999999999, 999999998",
            "99999999999999999999, 2147483647"})
    void a_page_number_that_is_not_a_page_is_the_first_and_one_too_large_for_a_number_the_last(String page,
            int index) {
        assertThat(LibraryQuery.from(QueryParameters.of("page", page)).page()).isEqualTo(index);
    }

    @Test
    void only_unused_true_filters_and_anything_else_shows_all_images() {
        assertThat(LibraryQuery.from(QueryParameters.of("unused", "true")).unusedOnly()).isTrue();
        assertThat(LibraryQuery.from(QueryParameters.of("unused", "yes")).unusedOnly()).isFalse();
        assertThat(LibraryQuery.from(QueryParameters.of("unused", "")).unusedOnly()).isFalse();
    }
}
