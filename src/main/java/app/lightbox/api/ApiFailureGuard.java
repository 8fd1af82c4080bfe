package app.lightbox.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first filter of the API's chain: whatever breaks further on and reaches it (a security filter's
 * failure, e.g. the login throttle's database down during HTTP Basic) is answered as a {@code server-error}
 * problem, logged, rather than going on to the servlet container's error page, which the pages' chain would
 * answer with HTML or a redirect. The API's handlers answer their own errors ({@link ApiExceptionHandler}).
 * An answer already under way cannot be replaced, and a broken connection is nobody's error to report.
 */
final class ApiFailureGuard implements Filter {

    private static final Logger log = LoggerFactory.getLogger(ApiFailureGuard.class);

    private final ApiProblems problems;

    ApiFailureGuard(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (response.isCommitted() || !(request instanceof HttpServletRequest http)
                    || !(response instanceof HttpServletResponse answer)) {
                throw e;
            }
            log.error("The API call {} {} failed", http.getMethod(), http.getRequestURI(), e);
            answer.resetBuffer();
            problems.write(answer, problems.of(ApiProblem.SERVER_ERROR, ApiProblems.locale(http)));
        }
    }
}
