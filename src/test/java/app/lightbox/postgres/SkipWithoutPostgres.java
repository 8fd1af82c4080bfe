package app.lightbox.postgres;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run, skips every test when {@link PostgresTestRun} found no server, so that the
 * report says "skipped" rather than passing on H2; and fails them when nothing set the server up at all.
 * Registered by extension auto-detection, which only the surefire execution {@code postgres} turns on.
 */
public final class SkipWithoutPostgres implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!PostgresDatabases.requested()) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        String skipped = System.getProperty(PostgresDatabases.SKIPPED);
        if (skipped != null) {
            return ConditionEvaluationResult.disabled("PostgreSQL run skipped: " + skipped);
        }
        if (System.getProperty(PostgresDatabases.SERVER_URL) == null) {
            throw new IllegalStateException("The PostgreSQL run has no server: " + PostgresTestRun.class.getName()
                    + " did not run (is it listed in META-INF/services/org.junit.platform.launcher.LauncherSessionListener?)");
        }
        return ConditionEvaluationResult.enabled("PostgreSQL at " + System.getProperty(PostgresDatabases.SERVER_URL));
    }
}
