package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.api.TokenCreation.Created;
import app.lightbox.base.MovableClock;
import app.lightbox.security.Actor;
import app.lightbox.security.LoginThrottle;
import app.lightbox.security.UserAccountService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the tests of who may call the API share (one application for all of them): the running app with
 * {@link Echo}, here only, which answers who the caller is; a clock they move; the token service and the
 * login throttle as spies that a test may make fail; and calls through real HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // where authentication logs what it did: the token must not be in there either
        "logging.level.org.springframework.security.web.authentication=debug",
        "logging.level.org.springframework.security.authentication=debug",
        "logging.level.app.lightbox.api=debug"})
@Import({SecuredApiTest.Echo.class, SecuredApiTest.Time.class})
abstract class SecuredApiTest {

    static final String PASSWORD = "correct horse battery";
    static final String ECHO = "/api/v1/test-echo";

    /** Answers the caller's name and authorities. */
    @RestController
    static class Echo {
        @GetMapping(ECHO)
        String get(Authentication caller) {
            return ApiCaller.actor(caller).username() + " " + caller.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority).sorted().collect(Collectors.joining(","));
        }

        @PostMapping(ECHO)
        String post(Authentication caller) {
            return get(caller);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Clock.systemUTC());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @MockitoSpyBean
    ApiTokenService tokens;

    @MockitoSpyBean
    LoginThrottle throttle;

    @Autowired
    MovableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    Actor account() {
        String name = "api" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(name, PASSWORD);
        return accounts.findByUsername(name).orElseThrow().toActor();
    }

    String token(Actor owner, TokenScope scope) {
        return ((Created) tokens.create(owner, "test", scope, null)).secret();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpRequest.Builder withToken(String path, String secret) {
        return request(path).header("Authorization", "Bearer " + secret);
    }

    static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A problem of this status and code, with the Bearer challenge when it asks for credentials, and no cookie. */
    JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
        if (status == 401) {
            assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly(ApiSecurityConfig.CHALLENGE);
        }
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        return problem;
    }
}
