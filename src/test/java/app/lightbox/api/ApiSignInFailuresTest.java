package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;

import app.lightbox.security.Actor;
import app.lightbox.security.HttpBrowser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * What the API answers when signing in cannot go on: a throttled name (429, saying when to come back), a
 * check that breaks (the database down: a server error, never the pages' error page), and in which language
 * when the caller names none.
 */
class ApiSignInFailuresTest extends SecuredApiTest {

    @Test
    void wrong_passwords_over_basic_lock_the_name_for_basic_and_the_login_page_alike() throws Exception {
        Actor member = account();
        for (int i = 0; i < 5; i++) {
            assertThat(send(request(ECHO).header("Authorization", basic(member.username(), "wrong" + i))).statusCode())
                    .isEqualTo(401);
        }

        HttpResponse<String> locked = send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD)));

        assertProblem(locked, 429, "login-throttled");
        assertThat(locked.headers().allValues("Retry-After")).as("lightbox.login.lockout, 5m")
                .containsExactly("300");
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(member.username(), PASSWORD, browser.openLoginPage(), Map.of());
        assertThat(browser.isLoggedIn()).isFalse();
    }

    @Test
    void wrong_passwords_on_the_login_page_lock_the_name_for_basic_too() throws Exception {
        Actor member = account();
        HttpBrowser browser = new HttpBrowser(port);
        for (int i = 0; i < 5; i++) {
            browser.logIn(member.username(), "wrong" + i, browser.openLoginPage(), Map.of());
        }

        HttpResponse<String> locked = send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD)));

        assertProblem(locked, 429, "login-throttled");
    }

    @Test
    void a_token_that_cannot_be_checked_is_a_server_error_problem_without_a_challenge() throws Exception {
        String secret = token(account(), TokenScope.FULL);
        doThrow(new DataAccessResourceFailureException("the database is down")).when(tokens).authenticate(anyString());

        HttpResponse<String> response = send(withToken(ECHO, secret));

        JsonNode problem = assertProblem(response, 500, "server-error");
        assertThat(problem.get("detail").asString()).doesNotContain("database");
        assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
    }

    @Test
    void a_password_that_cannot_be_checked_is_a_server_error_problem() throws Exception {
        Actor member = account();
        doThrow(new DataAccessResourceFailureException("the database is down")).when(throttle)
                .isLocked(anyString(), anyString());

        HttpResponse<String> response = send(request(ECHO).header("Authorization", basic(member.username(), PASSWORD)));

        assertProblem(response, 500, "server-error");
    }

    /** Thrown in a listener of the failed login, out of the security filters, past their own handling. */
    @Test
    void a_wrong_password_that_cannot_be_recorded_is_a_server_error_problem_not_the_pages_error() throws Exception {
        Actor member = account();
        doThrow(new DataAccessResourceFailureException("the database is down")).when(throttle)
                .recordFailure(anyString(), anyString());

        HttpResponse<String> response = send(request(ECHO).header("Authorization", basic(member.username(), "wrong")));

        assertProblem(response, 500, "server-error");
    }

    @Test
    void without_accept_language_a_problem_is_in_english() throws Exception {
        JsonNode problem = assertProblem(send(request(ECHO)), 401, "not-authenticated");

        assertThat(problem.get("title").asString()).isEqualTo("Not signed in");
    }

    @Test
    void without_accept_language_the_problems_locale_is_english_whatever_the_servers() {
        HttpServletRequest onAChineseServer = new HttpServletRequestWrapper(new MockHttpServletRequest()) {
            /** What the servlet container gives a request without the header: its own default locale. */
            @Override
            public Locale getLocale() {
                return Locale.SIMPLIFIED_CHINESE;
            }
        };
        MockHttpServletRequest inChinese = new MockHttpServletRequest();
        inChinese.addHeader("Accept-Language", "zh-CN,zh;q=0.9");

        assertThat(ApiProblems.locale(onAChineseServer)).isEqualTo(Locale.ENGLISH);
        assertThat(ApiProblems.locale(inChinese).getLanguage()).isEqualTo("zh");
    }
}
