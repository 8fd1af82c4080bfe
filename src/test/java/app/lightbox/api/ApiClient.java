package app.lightbox.api;

import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running app's API over real HTTP as members signed in with HTTP Basic (tokens are tested on
 * their own), and reads the JSON answers.
 */
final class ApiClient {

    static final String PASSWORD = "correct horse battery";

    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    ApiClient(int port) {
        this.port = port;
    }

    /** A new member with the {@link #PASSWORD}. */
    static Actor newMember(UserAccountService accounts) {
        String name = "api-" + UUID.randomUUID().toString().substring(0, 12);
        return ((Registration.Registered) accounts.register(name, PASSWORD)).user().toActor();
    }

    /** A new admin with the {@link #PASSWORD}. */
    static Actor newAdmin(UserAccountService accounts, JdbcTemplate jdbc) {
        Actor member = newMember(accounts);
        jdbc.update("update app_user set role = 'ADMIN' where id = ?", member.id());
        return new Actor(member.id(), member.username(), true);
    }

    HttpResponse<String> upload(Actor caller, Multipart body) {
        return upload(caller, body, "/api/v1/images");
    }

    HttpResponse<String> upload(Actor caller, Multipart body, String path) {
        return send(request(caller, path).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toBytes())));
    }

    HttpResponse<String> get(Actor caller, String path) {
        return send(request(caller, path).GET());
    }

    HttpResponse<String> delete(Actor caller, String path) {
        return send(request(caller, path).DELETE());
    }

    /** A request signed in as {@code caller}, in English unless a test says otherwise. */
    HttpRequest.Builder request(Actor caller, String path) {
        String credentials = caller.username() + ":" + PASSWORD;
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "en");
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
