package app.lightbox.api;

import app.lightbox.security.Actor;

/** Who a valid API token speaks for, as of this call, and what it may do. */
public record AuthenticatedToken(Actor actor, TokenScope scope) {}
