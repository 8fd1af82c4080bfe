package app.lightbox;

import app.lightbox.blog.PostDetails;
import app.lightbox.blog.PostService;
import app.lightbox.images.ImageService;
import app.lightbox.images.StorageSweep;
import app.lightbox.images.StoreResult;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application in a JVM of its own, for {@link HardCrashTest}, which kills it. {@code write} stores
 * images and saves a draft as fast as it can and prints {@code CONFIRMED …} each time a service call has
 * returned, that is, when the app would show the card or "Saved"; an upload that never ends streams
 * alongside, so that a temporary file is in the storage at the kill. {@code sweep} runs the storage sweep
 * once and prints its report.
 *
 * <p>Arguments: {@code write|sweep}, then anything for Spring ({@code --spring.datasource.url=…}).
 */
public final class CrashingWriter {

    static final String CONFIRMED = "CONFIRMED ";

    private CrashingWriter() {}

    public static void main(String[] args) throws Exception {
        String[] springArgs = java.util.Arrays.copyOfRange(args, 1, args.length);
        // a web application (the security set-up needs one) on a free port nobody calls
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0")
                .run(springArgs);
        if (args[0].equals("sweep")) {
            StorageSweep.Report report = app.getBean(StorageSweep.class).sweep(Duration.ZERO).orElseThrow();
            System.out.println(CONFIRMED + "swept " + report.orphansRemoved() + " " + report.temporariesRemoved() + " "
                    + report.filesMissing());
            System.out.flush();
            app.close();
            return;
        }
        write(app);
    }

    private static void write(ConfigurableApplicationContext app) {
        UserAccountService accounts = app.getBean(UserAccountService.class);
        ImageService images = app.getBean(ImageService.class);
        PostService posts = app.getBean(PostService.class);
        Actor writer = ((Registration.Registered) accounts.register("writer", "correct horse battery")).user().toActor();
        Thread.ofPlatform().daemon().start(() -> images.store(new EndlessUpload(), "slow.png", writer));

        PostDetails draft = posts.create("Crash", "saved 0", writer);
        System.out.println(CONFIRMED + "post " + draft.id() + " 0");
        for (int i = 1; ; i++) {
            StoreResult stored = images.store(new ByteArrayInputStream(TestImages.png(3, 3)), "card-" + i + ".png", writer);
            System.out.println(CONFIRMED + "image " + ((StoreResult.Stored) stored).image().storedName());
            draft = posts.update(draft.id(), draft.version(), "Crash", "saved " + i, writer);
            System.out.println(CONFIRMED + "post " + draft.id() + " " + i);
            System.out.flush();
        }
    }

    /** An upload whose bytes keep trickling in: a PNG header, then a byte every few milliseconds. */
    private static final class EndlessUpload extends InputStream {
        private final byte[] head = TestImages.png(2, 2);
        private int position;

        @Override
        public int read() {
            if (position < head.length) {
                return head[position++] & 0xff;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            return 0;
        }
    }
}
