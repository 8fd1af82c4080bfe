package app.lightbox.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the PostgreSQL run its server, once per test JVM: a developer's own when
 * {@code lightbox.test.postgres.url} names one, else a {@link ThrowawayPostgres} from the local binaries.
 * Then points Spring at it with system properties, which win over {@code config/application.properties};
 * {@link DatabasePerContext} gives each Spring context a database of its own there.
 *
 * <p>Does nothing unless {@code lightbox.test.database=postgres}. Without binaries the run is skipped
 * ({@link SkipWithoutPostgres}), so that a laptop without PostgreSQL still builds; binaries that fail
 * fail the build.
 */
public final class PostgresTestRun implements LauncherSessionListener {

    private static final Logger log = LoggerFactory.getLogger(PostgresTestRun.class);

    private ThrowawayPostgres server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!PostgresDatabases.requested()) {
            return;
        }
        String url = System.getProperty(PostgresDatabases.SERVER_URL);
        if (url != null) {
            log.info("PostgreSQL run: test databases on {} as {}", url, PostgresDatabases.user());
        } else {
            var binaries = ThrowawayPostgres.find();
            if (binaries.isEmpty()) {
                String reason = "no PostgreSQL binaries (initdb and pg_ctl on the PATH or in /usr/lib/postgresql/*/bin)"
                        + " and no lightbox.test.postgres.url";
                System.setProperty(PostgresDatabases.SKIPPED, reason);
                log.warn("PostgreSQL run SKIPPED: {}", reason);
                return;
            }
            long start = System.nanoTime();
            try {
                server = ThrowawayPostgres.start(binaries.get());
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start a throw-away PostgreSQL server", e);
            }
            url = server.url(ThrowawayPostgres.MAINTENANCE_DATABASE);
            System.setProperty(PostgresDatabases.SERVER_URL, url);
            System.setProperty(PostgresDatabases.SERVER_USER, ThrowawayPostgres.USER);
            log.info("PostgreSQL run: throw-away server from {} on port {}, started in {} ms",
                    binaries.get().pgCtl().getParent(), server.port(), (System.nanoTime() - start) / 1_000_000);
            if (server.lowercasesAsciiOnly()) {
                log.warn("PostgreSQL run: the system has no C.UTF-8 locale, so the server lowercases ASCII letters"
                        + " only and the searches for accented letters fail");
            }
        }
        System.setProperty("spring.profiles.active", "postgres");
        System.setProperty("spring.datasource.url",
                server != null ? server.url(ThrowawayPostgres.DATABASE) : url);
        System.setProperty("spring.datasource.username", PostgresDatabases.user());
        System.setProperty("spring.datasource.password", PostgresDatabases.password());
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close(); // the databases go with it
        } else if (PostgresDatabases.requested() && System.getProperty(PostgresDatabases.SKIPPED) == null) {
            PostgresDatabases.dropCreated();
        }
    }
}
