package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernameFormsTest {

    @ParameterizedTest(name = "{0} is shown as {1}, keyed {2}")
    @CsvSource({
            "ａｄｍｉｎ, admin, admin",
            "ﬁle, file, file",
            "Ⅰvan, Ivan, ivan",
            "'  Émile ', Émile, émile",
            "José, José, josé",
            "Straße, Straße, strasse",
            "STRASSE, STRASSE, strasse",
            "张伟, 张伟, 张伟"})
    void shows_the_nfkc_form_with_its_case_and_keys_it_case_folded(String typed, String display, String key) {
        UsernameForms forms = UsernameForms.of(typed);

        assertThat(forms.display()).isEqualTo(display);
        assertThat(forms.key()).isEqualTo(key);
    }

    @Test
    void a_decomposed_accent_is_shown_and_keyed_as_the_composed_one() {
        UsernameForms decomposed = UsernameForms.of("Jose\u0301");

        assertThat(decomposed.display()).isEqualTo("Jos\u00e9");
        assertThat(decomposed).isEqualTo(UsernameForms.of("Jos\u00e9"));
    }

    @ParameterizedTest(name = "{0} looks like {1}")
    @CsvSource({
            "admin, аdmin",
            "alice, alіce",
            "pop, рор",
            "Ivan, lvan",
            "Admin, аdmin",
            "ADMIN, ADMlN",
            "mary, rnary",
            "Mary, rnary",
            "bob, b0b",
            "paypal, PAYPAL"})
    void names_that_look_alike_in_any_case_share_a_skeleton(String original, String lookalike) {
        assertThat(UsernameForms.of(lookalike).skeleton()).isEqualTo(UsernameForms.of(original).skeleton());
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource({"ivan, lvan", "anna.b, anna_b", "zhang, zhang张", "alice, alicia"})
    void names_that_do_not_look_alike_have_different_skeletons(String one, String other) {
        assertThat(UsernameForms.of(one).skeleton()).isNotEqualTo(UsernameForms.of(other).skeleton());
    }

    @ParameterizedTest
    @CsvSource({"аdmin", "alіce", "pаypal", "Ωmega", "x1٢"})
    void counts_latin_mixed_with_cyrillic_or_greek_and_mixed_digits_as_mixed_scripts(String name) {
        assertThat(UsernameForms.of(name).mixesScripts()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"admin", "张伟", "zhang张", "José", "Müller", "Иван", "Αλέξανδρος", "田中さくら", "anna.b", "x_1"})
    void lets_one_script_and_latin_with_chinese_pass(String name) {
        assertThat(UsernameForms.of(name).mixesScripts()).isFalse();
    }

    /**
     * A name shows at most 32 letters or digits; its key must fit username_key (64) and its skeleton
     * username_skeleton (255). Each form is made (nearly) character by character, so one character at a time tells.
     */
    @Test
    void the_key_and_skeleton_of_any_allowed_name_fit_their_columns() {
        Pattern allowed = Pattern.compile("[\\p{L}\\p{N}]");
        IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .mapToObj(Character::toString)
                .map(UsernameForms::of)
                .filter(forms -> forms.display().codePointCount(0, forms.display().length()) == 1
                        && allowed.matcher(forms.display()).matches())
                .forEach(forms -> {
                    int units = forms.display().length();
                    assertThat(forms.key().length()).as("key of %s", forms.display()).isLessThanOrEqualTo(2 * units);
                    assertThat(forms.skeleton().length()).as("skeleton of %s", forms.display())
                            .isLessThanOrEqualTo(255 / UserAccountService.USERNAME_MAX * units);
                });
    }
}
