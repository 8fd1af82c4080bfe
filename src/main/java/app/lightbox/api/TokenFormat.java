package app.lightbox.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import app.lightbox.base.Sha256;
import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * What an API token's secret looks like: {@code lbx_} and 32 random bytes in base62, 47 characters in all.
 * The prefix lets secret scanners (and people) recognise a Lightbox token; base62 has no {@code -} or
 * {@code _}, so that a double-click selects the whole token. Only its SHA-256 is stored: 256 random bits
 * cannot be guessed, so a slow password hash would only slow down every call.
 */
final class TokenFormat {

    static final String PREFIX = "lbx_";
    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final BigInteger BASE = BigInteger.valueOf(DIGITS.length());
    /** 62^43 is just above 2^256, so 43 digits hold any 32 bytes. */
    private static final int DIGIT_COUNT = 43;
    static final int LENGTH = PREFIX.length() + DIGIT_COUNT;
    private static final int HINT_DIGITS = 4;

    private TokenFormat() {}

    static String generate(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        BigInteger value = new BigInteger(1, bytes);
        char[] digits = new char[DIGIT_COUNT];
        for (int i = DIGIT_COUNT - 1; i >= 0; i--) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(BASE);
            digits[i] = DIGITS.charAt(quotientAndRemainder[1].intValue());
            value = quotientAndRemainder[0];
        }
        return PREFIX + new String(digits);
    }

    /** Whether a presented secret could be a token at all; anything else is refused without a look-up. */
    static boolean isWellFormed(String secret) {
        if (secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
            return false;
        }
        return secret.substring(PREFIX.length()).chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    }

    /** What is stored of a secret, as 64 hex digits. */
    static String hash(String secret) {
        return Sha256.hex(secret.getBytes(UTF_8));
    }

    /** Enough of the secret to tell tokens apart in a list, e.g. {@code lbx_…a1B2}. */
    static String hint(String secret) {
        return PREFIX + "…" + secret.substring(secret.length() - HINT_DIGITS);
    }
}
