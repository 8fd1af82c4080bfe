package app.lightbox.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * "Keep me signed in": Spring Security's persistent remember-me tokens, kept in {@code persistent_logins}
 * (Flyway's V10), so that a restart or a new browser session does not sign anyone out. The cookie holds a
 * random series and token, never the password or its hash, and the token changes at each use, so a stolen
 * cookie that is used shows up as a theft and ends that series. Logging out deletes the browser's tokens
 * (the services are a logout handler of the filter chain), a password change deletes all of the user's
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
            AccountDetailsService accounts, AccountProperties properties, SecureRandom random) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        // A remembered browser holds a valid token: the throttle of password guesses has no say over it.
        PersistentTokenBasedRememberMeServices services = new PersistentTokenBasedRememberMeServices(
                HexFormat.of().formatHex(key), accounts::loadAccount, tokens);
        services.setParameter(PARAMETER);
        services.setCookieName(COOKIE);
        services.setTokenValiditySeconds(
                (int) Math.min(Integer.MAX_VALUE, properties.login().rememberMeValidity().toSeconds()));
        // HttpOnly always, Secure whenever the request came over HTTPS (Spring's defaults); and like the
        // session cookie, not sent with requests that other sites start.
        services.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
        return services;
    }
}
