package app.lightbox.images.derivatives;

import static org.assertj.core.api.Assertions.fail;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** Uploads through the real service, by a new member, as the derivative tests need them. */
final class Uploads {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ImageService images;
    private final Actor uploader;

    Uploads(ImageService images, UserAccountService accounts) {
        this.images = images;
        String name = "deriv-" + UUID.randomUUID().toString().substring(0, 12);
        this.uploader = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
    }

    ImageSummary store(byte[] bytes, String name) {
        StoreResult result = images.store(new ByteArrayInputStream(bytes), name, uploader);
        if (!(result instanceof StoreResult.Stored stored)) {
            throw new AssertionError("Not stored: " + result);
        }
        return stored.image();
    }

    Actor uploader() {
        return uploader;
    }

    /** Waits (polling) until the condition holds, for background work. */
    static void await(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("Still not the case after " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
