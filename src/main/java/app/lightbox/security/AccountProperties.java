package app.lightbox.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lightbox.registration.*} and {@code lightbox.login.*}.
 *
 * @param registration whether anyone may create an account (the first account can always be created)
 * @param login how repeated failed logins for one name are slowed down
 */
@ConfigurationProperties("lightbox")
public record AccountProperties(@DefaultValue Registration registration, @DefaultValue Login login) {

    /** @param open whether self-registration is open */
    public record Registration(@DefaultValue("true") boolean open) {}

    /**
     * @param maxFailures failures within {@code window} after which a name is refused for {@code lockout}
     * @param rememberMeValidity how long "Keep me signed in" lasts in a browser that does not come back
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration window,
            @DefaultValue("5m") Duration lockout,
            @DefaultValue("30d") Duration rememberMeValidity) {}
}
