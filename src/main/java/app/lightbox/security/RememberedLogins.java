package app.lightbox.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Keep me signed in": Spring Security's persistent remember-me tokens, kept in {@code persistent_logins}
 * (Flyway's V10), so that a restart or a new browser session does not sign anyone out. The cookie holds a
 * random series and token, never the password or its hash, and the token changes at each use, so a stolen
 * cookie that is used shows up as a theft and ends that series. Logging out deletes that browser's token
 * and no other (the services are a logout handler of the filter chain; Spring's own would end every
 * remembered browser of the member), a password change deletes all of the member's
 * ({@link UserAccountService#changePassword}).
 */
@Configuration(proxyBeanMethods = false)
public class RememberedLogins {

    /** The login form's checkbox; any of "on", "true", "yes", "1" asks to be remembered. */
    public static final String PARAMETER = "remember-me";

    static final String COOKIE = "remember-me";

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl tokens = new JdbcTokenRepositoryImpl();
        tokens.setDataSource(dataSource);
        tokens.setCreateTableOnStartup(false); // the schema belongs to Flyway
        return tokens;
    }

    /**
     * The key only signs the authentication that a cookie produced, within this process; the tokens
     * themselves live in the database, so a new key at each start loses nothing.
     */
    @Bean
    PersistentTokenBasedRememberMeServices rememberMeServices(PersistentTokenRepository tokens,
            AccountDetailsService accounts, AccountProperties properties, SecureRandom random, JdbcClient jdbc) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        // A remembered browser holds a valid token: the throttle of password guesses has no say over it.
        PersistentTokenBasedRememberMeServices services = new ThisBrowserOnly(
                HexFormat.of().formatHex(key), accounts, tokens, jdbc);
        services.setParameter(PARAMETER);
        services.setCookieName(COOKIE);
        services.setTokenValiditySeconds(
                (int) Math.min(Integer.MAX_VALUE, properties.login().rememberMeValidity().toSeconds()));
        // HttpOnly always, Secure whenever the request came over HTTPS (Spring's defaults); and like the
        // session cookie, not sent with requests that other sites start.
        services.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return services;
    }

    /** Spring's services, except that logging out ends the remembered login of this browser only. */
    private static final class ThisBrowserOnly extends PersistentTokenBasedRememberMeServices {

        private final JdbcClient jdbc;

        ThisBrowserOnly(String key, AccountDetailsService accounts, PersistentTokenRepository tokens, JdbcClient jdbc) {
            super(key, accounts::loadAccount, tokens);
            this.jdbc = jdbc;
        }

        @Override
        public void logout(HttpServletRequest request, HttpServletResponse response,
                @Nullable Authentication authentication) {
            String cookie = extractRememberMeCookie(request);
            cancelCookie(request, response);
            if (cookie == null) {
                return;
            }
            try {
                String[] seriesAndToken = decodeCookie(cookie);
                if (seriesAndToken.length == 2) {
                    jdbc.sql("delete from persistent_logins where series = :series")
                            .param("series", seriesAndToken[0]).update();
                }
            } catch (InvalidCookieException unreadable) {
                // nothing of ours to delete: the cookie is cleared all the same
            }
        }
    }
}
