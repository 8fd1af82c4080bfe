package app.lightbox.images.derivatives;

import app.lightbox.TestDatabase;
import app.lightbox.images.ImageService;
import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.UserAccountService;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Other nodes on the test's database (or this one restarted): each its own queue, workers and clock, on
 * the application's storage. Imported by tests whose application works no jobs itself ({@code workers=0}).
 */
class Nodes {

    static final DerivativeProperties PROPERTIES = new DerivativeProperties(1, Duration.ofMillis(200), 3,
            Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofSeconds(20));

    private final ImageService images;
    private final UserAccountService accounts;
    private final DerivativeRecords records;
    private final ImageStorage storage;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final PlatformTransactionManager transactionManager;

    Nodes(ImageService images, UserAccountService accounts, DerivativeRecords records, ImageStorage storage,
            JdbcClient jdbc, DataSource dataSource, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.images = images;
        this.accounts = accounts;
        this.records = records;
        this.storage = storage;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.transactionManager = transactionManager;
    }

    /** Empties the database, and uploads by a new member from then on. */
    Uploads emptyLibrary() {
        TestDatabase.truncateAll(dataSource);
        return new Uploads(images, accounts);
    }

    DerivativeJobs queue(Clock clock) {
        return new DerivativeJobs(jdbc, clock, PROPERTIES, "node-" + UUID.randomUUID());
    }

    DerivativeProduction production(DerivativeJobs queue, DerivativeMaker maker) {
        return new DerivativeProduction(queue, records, storage, maker, events, transactionManager);
    }

    DerivativeWorkers workers(DerivativeJobs queue, DerivativeMaker maker) {
        return new DerivativeWorkers(queue, production(queue, maker), PROPERTIES);
    }
}
