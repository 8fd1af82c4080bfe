package app.lightbox.postgres;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL run, gives every Spring context an empty database of its own, as
 * {@code jdbc:h2:mem:lightbox-${random.uuid}} does on H2: contexts are cached and shared between test
 * classes, and Flyway must find a fresh installation in each. Listed in {@code META-INF/spring.factories}
 * of the tests; inert outside the PostgreSQL run.
 */
public final class DatabasePerContext implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!PostgresDatabases.requested() || System.getProperty(PostgresDatabases.SKIPPED) != null) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("lightbox-test-postgres-database",
                Map.of("spring.datasource.url", PostgresDatabases.createFresh())));
    }
}
