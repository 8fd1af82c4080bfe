package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy as it is written, with and without what features add. */
class ContentSecurityPolicyTest {

    private static final String VAADINS_NEEDS = "default-src 'self'; script-src 'self' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Test
    void without_features_a_response_may_load_only_lightbox_s_own_resources() {
        assertThat(new ContentSecurityPolicy(List.of()).withoutNonce()).isEqualTo(VAADINS_NEEDS);
    }

    @Test
    void a_page_runs_the_inline_scripts_with_its_nonce() {
        assertThat(new ContentSecurityPolicy(List.of()).forPage("abc+/=")).isEqualTo(
                VAADINS_NEEDS.replace("script-src 'self'", "script-src 'self' 'nonce-abc+/='"));
    }

    @Test
    void features_add_sources_to_a_directive_once_each() {
        PageSources images = () -> Map.of("img-src", List.of("https:", "data:"));
        PageSources media = () -> Map.of("media-src", List.of("https://video.example"));

        String policy = new ContentSecurityPolicy(List.of(images, media, Map::of)).withoutNonce();

        assertThat(policy).contains("; img-src 'self' data: https:; ").endsWith("; media-src https://video.example");
    }
}
