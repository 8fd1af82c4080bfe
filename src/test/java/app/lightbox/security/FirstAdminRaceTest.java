package app.lightbox.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.TestDatabase;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Two people registering on an empty installation at the same moment must not both become
 * administrators. Commits are slowed down here so that a lock released before the commit shows.
 */
@SpringBootTest
class FirstAdminRaceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class SlowCommits {
        @Bean
        static BeanPostProcessor slowCommittingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource ds && !(bean instanceof SlowCommitDataSource)
                            ? new SlowCommitDataSource(ds) : bean;
                }
            };
        }
    }

    /**
     * Commits are slow only while the registrations race: the context's start-up (Flyway's migrations)
     * and the emptying of the database commit at full speed, which spares each run about 8 seconds.
     */
    static volatile boolean racing;

    static final class SlowCommitDataSource extends DelegatingDataSource {
        SlowCommitDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            Connection connection = super.getConnection();
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (racing && method.getName().equals("commit")) {
                            Thread.sleep(200);
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }

    @Autowired
    UserAccountService accounts;

    @Autowired
    AppUserRepository users;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void start_from_an_empty_database() {
        TestDatabase.truncateAll(dataSource);
    }

    @Test
    void makes_only_one_admin_when_the_first_registrations_race() throws Exception {
        int racers = 3;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Registration>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String name = "racer" + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return accounts.register(name, "correct horse");
                }));
            }
            racing = true;
            start.countDown();
            for (Future<Registration> result : results) {
                assertThat(result.get()).isInstanceOf(Registration.Registered.class);
            }
        } finally {
            racing = false;
            pool.shutdownNow();
        }
        assertThat(users.findAll()).filteredOn(user -> user.getRole() == Role.ADMIN).hasSize(1);
    }
}
