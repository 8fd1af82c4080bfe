package app.lightbox.security;

/**
 * Published when an admin has disabled an account, inside the transaction that did it. Its tokens, remembered
 * logins and password already sign in no more; ending the account's open browser sessions at once is for a
 * listener to do (issue 12: with a session registry, after commit).
 */
public record AccountDisabled(long userId, String username) {}
