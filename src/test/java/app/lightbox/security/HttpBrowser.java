package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A client with cookies of its own and no redirects followed, as a browser's window would be, for tests
 * that speak real HTTP to the running app (login, logout, cookies); public for the API's tests, which log in
 * with a browser to show that its cookie opens nothing there.
 */
public final class HttpBrowser {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public HttpBrowser(int port) {
        this.port = port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Loads the login page and returns the CSRF token its login form sends. */
    public String openLoginPage() throws IOException, InterruptedException {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")));
        assertThat(page.statusCode()).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("meta[name=_csrf]").attr("content");
    }

    public HttpResponse<String> logIn(String name, String password, String token, Map<String, String> headers)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("username", name, "password", password));
        if (token != null) {
            fields.put("_csrf", token);
        }
        return post("/login", fields, headers);
    }

    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(fields));
        headers.forEach(request::header);
        return send(request);
    }

    /** Whether a page that needs a login is served, rather than a redirect to the login. */
    public boolean isLoggedIn() throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/drafts"))).statusCode() == 200;
    }

    /** The cookie of this name that the browser would send, if any. */
    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Drops the session cookie, as closing the browser (or a restart of the server) would. */
    void forgetSession() {
        cookie("JSESSIONID").ifPresent(session -> cookies.getCookieStore().remove(uri("/"), session));
    }

    /** The path and query a redirect leads to, e.g. "/login?error". */
    public static String path(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }
}
