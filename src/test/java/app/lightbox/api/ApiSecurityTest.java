package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.api.TokenCreation.Created;
import app.lightbox.security.Actor;
import app.lightbox.security.HttpBrowser;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Who may call the API, through real HTTP: tokens and HTTP Basic sign in, a browser's cookie does not (nor
 * does such a call touch the browser's session), and every refusal is a problem in the caller's language.
 * The API's own endpoints are other tests' business; {@link SecuredApiTest.Echo} answers who the caller is.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiSecurityTest extends SecuredApiTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void a_call_without_credentials_is_a_problem_with_a_bearer_challenge_and_no_session() throws Exception {
        HttpResponse<String> response = send(request("/api/v1/images").header("Accept-Language", "zh-CN"));

        JsonNode problem = assertProblem(response, 401, "not-authenticated");
        assertThat(problem.get("type").asString()).isEqualTo(Problem.TYPE_PREFIX + "not-authenticated");
        assertThat(problem.get("title").asString()).isEqualTo("未登录");
        assertThat(problem.get("detail").asString()).contains("Bearer");
    }

    @Test
    void a_full_token_signs_in_as_its_account_whatever_the_case_of_the_scheme() throws Exception {
        Actor owner = account();
        String secret = token(owner, TokenScope.FULL);

        for (String scheme : new String[] {"Bearer", "bearer", "BEARER"}) {
            HttpResponse<String> response = send(request(ECHO).header("Authorization", scheme + " " + secret));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo(owner.username() + " " + ApiCaller.SCOPE_FULL);
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        assertThat(tokens.list(owner).getFirst().lastUsedAt()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lbx_0123456789012345678901234567890123456789012", "lbx_", "not-a-token", ""})
    void a_wrong_token_is_a_401_problem_that_does_not_repeat_it(String secret) throws Exception {
        HttpResponse<String> response = send(request(ECHO).header("Authorization", "Bearer " + secret));

        assertProblem(response, 401, "not-authenticated");
        if (!secret.isEmpty()) {
            assertThat(response.body()).doesNotContain(secret);
        }
    }

    @Test
    void an_expired_token_is_refused_once_its_time_has_come() throws Exception {
        Actor owner = account();
        String secret = ((Created) tokens.create(owner, "for an hour", TokenScope.FULL,
                clock.instant().plus(Duration.ofHours(1)))).secret();
        assertThat(send(withToken(ECHO, secret)).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofHours(1));

        assertProblem(send(withToken(ECHO, secret)), 401, "not-authenticated");
    }

    @Test
    void a_revoked_token_is_refused_at_once() throws Exception {
        Actor owner = account();
        Created created = (Created) tokens.create(owner, "leaked", TokenScope.FULL, null);
        assertThat(send(withToken(ECHO, created.secret())).statusCode()).isEqualTo(200);

        tokens.revoke(owner, created.token().id());

        assertProblem(send(withToken(ECHO, created.secret())), 401, "not-authenticated");
    }

    @Test
    void a_deleted_accounts_token_is_refused_at_once() throws Exception {
        Actor owner = account();
        String secret = token(owner, TokenScope.FULL);
        assertThat(send(withToken(ECHO, secret)).statusCode()).isEqualTo(200);

        jdbc.sql("delete from app_user where id = :id").param("id", owner.id()).update();

        assertProblem(send(withToken(ECHO, secret)), 401, "not-authenticated");
    }

    @Test
    void an_upload_token_may_upload_but_not_list_or_delete() throws Exception {
        String secret = token(account(), TokenScope.UPLOAD);

        assertProblem(send(withToken(ECHO, secret)), 403, "forbidden");
        assertProblem(send(withToken("/api/v1/images", secret)), 403, "forbidden");
        assertProblem(send(withToken("/api/v1/images/x.png", secret).DELETE()), 403, "forbidden");
        // past the security chain; what the upload answers to an empty body is the images API's business
        assertThat(send(withToken("/api/v1/images", secret).POST(HttpRequest.BodyPublishers.noBody())).statusCode())
                .isNotIn(401, 403);
    }

    @Test
    void a_browsers_session_cookie_alone_opens_nothing_and_no_api_answer_sets_a_cookie() throws Exception {
        Actor member = account();
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(member.username(), PASSWORD, browser.openLoginPage(), Map.of());
        assertThat(browser.isLoggedIn()).isTrue();

        HttpResponse<String> get = browser.send(HttpRequest.newBuilder(browser.uri(ECHO)));
        HttpResponse<String> post = browser.send(HttpRequest.newBuilder(browser.uri(ECHO))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("x")));

        assertProblem(get, 401, "not-authenticated");
        assertProblem(post, 401, "not-authenticated");
        assertThat(browser.isLoggedIn()).isTrue();
    }

    @Test
    void a_call_with_credentials_and_a_browsers_cookie_leaves_that_browsers_session_as_it_was() throws Exception {
        Actor member = account();
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(member.username(), PASSWORD, browser.openLoginPage(), Map.of());
        String session = browser.cookie("JSESSIONID").orElseThrow().getValue();
        String secret = token(member, TokenScope.FULL);

        HttpResponse<String> bearer = browser.send(HttpRequest.newBuilder(browser.uri(ECHO))
                .header("Authorization", "Bearer " + secret));
        HttpResponse<String> password = browser.send(HttpRequest.newBuilder(browser.uri(ECHO))
                .header("Authorization", basic(member.username(), PASSWORD)));

        for (HttpResponse<String> response : List.of(bearer, password)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as(response.request().headers().firstValue(
                    "Authorization").orElseThrow().split(" ")[0]).isEmpty();
        }
        assertThat(browser.cookie("JSESSIONID").orElseThrow().getValue()).isEqualTo(session);
        assertThat(browser.isLoggedIn()).isTrue();
    }

    @Test
    void http_basic_with_the_accounts_password_signs_in_without_a_session() throws Exception {
        Actor member = account();

        HttpResponse<String> response = send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith(member.username() + " ").contains("ROLE_");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void a_wrong_password_gets_the_bearer_challenge_never_a_basic_one() throws Exception {
        Actor member = account();

        HttpResponse<String> response = send(request(ECHO).header("Authorization", basic(member.username(), "wrong")));

        assertProblem(response, 401, "not-authenticated");
    }

    @Test
    void no_token_reaches_the_log(CapturedOutput output) throws Exception {
        Actor owner = account();
        Created revoked = (Created) tokens.create(owner, "revoked", TokenScope.FULL, null);
        tokens.revoke(owner, revoked.token().id());
        String[] secrets = {token(owner, TokenScope.FULL), token(owner, TokenScope.UPLOAD), revoked.secret(),
                "lbx_0123456789012345678901234567890123456789012"};

        for (String secret : secrets) {
            send(withToken(ECHO, secret));
            send(withToken(ECHO, secret).POST(HttpRequest.BodyPublishers.noBody()));
        }

        // the debug log of the token checks is on, and says what failed, without the token
        assertThat(output.getAll()).contains("ApiTokenAuthenticator").doesNotContain("lbx_");
    }
}
