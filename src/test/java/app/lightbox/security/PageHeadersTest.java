package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The defence-in-depth headers on real responses: Vaadin's pages (which Spring Security's header
 * writer does not reach) and what Spring answers itself. Image downloads keep their own policy; see
 * {@code ImageDownloadControllerTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @LocalServerPort
    int port;

    @Autowired
    ContentSecurityPolicy policy;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/images", "/no-such-page"})
    void every_page_carries_one_policy_and_the_other_defence_headers(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement().asString()
                .contains("default-src 'self'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
        assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
    }

    @Test
    void a_page_runs_only_its_own_inline_scripts_those_with_its_nonce() throws Exception {
        HttpResponse<String> response = get("/login");
        String header = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = NONCE.matcher(header);
        assertThat(nonce.find()).as("nonce in %s", header).isTrue();

        assertThat(directive(header, "script-src")).isEqualTo("script-src 'self' " + nonce.group(0) + " 'unsafe-eval'");
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script:not([src])")).as("Vaadin's inline bootstrap scripts").isNotEmpty()
                .allSatisfy(script -> assertThat(script.attr("nonce")).isEqualTo(nonce.group(1)));
    }

    @Test
    void each_page_gets_a_nonce_of_its_own() throws Exception {
        Matcher first = NONCE.matcher(get("/login").headers().firstValue("Content-Security-Policy").orElseThrow());
        Matcher second = NONCE.matcher(get("/login").headers().firstValue("Content-Security-Policy").orElseThrow());

        assertThat(first.find() && second.find()).isTrue();
        assertThat(first.group(1)).isNotEqualTo(second.group(1)).hasSize(24);
    }

    @Test
    void pages_load_images_only_from_lightbox_unless_the_blog_allows_other_sites() throws Exception {
        String header = get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

        assertThat(directive(header, "img-src")).isEqualTo("img-src 'self' data:");
    }

    @Test
    void an_error_page_of_spring_gets_the_policy_without_any_inline_script() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/error")).header("Accept", "text/html")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().allValues("Content-Security-Policy")).containsExactly(policy.withoutNonce());
        assertThat(policy.withoutNonce()).doesNotContain("nonce");
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("status of %s", path).isIn(200, 302);
        return response;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String directive(String header, String name) {
        return Arrays.stream(header.split(";\\s*")).filter(d -> d.startsWith(name + " ")).findFirst()
                .orElseThrow();
    }
}
