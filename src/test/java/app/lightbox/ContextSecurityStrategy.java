package app.lightbox;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Vaadin makes each Spring context's security-context strategy the JVM-wide one when that context
 * starts, and each strategy keeps its own thread-local. A test that runs on a cached context after
 * another context started would have {@code @WithMockUser} write into the newer context's strategy,
 * where its views do not look (they redirect to the login page). This puts the test's own context's
 * strategy back first.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // before WithSecurityContextTestExecutionListener (10000), which sets the mock user
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifUnique(SecurityContextHolder::setContextHolderStrategy);
        }
    }
}
