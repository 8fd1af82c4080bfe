package app.lightbox.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that a test moves forward by hand, from a fixed start or from real time. */
public final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration ahead = Duration.ZERO;

    public MovableClock(Clock base) {
        this.base = base;
    }

    public static MovableClock at(String instant) {
        return new MovableClock(Clock.fixed(Instant.parse(instant), ZoneId.of("UTC")));
    }

    public void advance(Duration by) {
        ahead = ahead.plus(by);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(ahead);
    }
}
