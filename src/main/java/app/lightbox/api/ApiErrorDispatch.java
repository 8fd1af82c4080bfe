package app.lightbox.api;

import app.lightbox.base.i18n.MessageBundles;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistration;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The errors of {@code /api/**} requests that no handler of the API answered, and that the server forwards to
 * its error page instead: Tomcat's own (a body that stopped arriving, {@code 408}) or a filter's failure. They
 * are answered as problems too, like every other error of the API, with the status they came with; the pages'
 * errors go on to Spring Boot's error page as before.
 */
@Component
@FilterRegistration(dispatcherTypes = DispatcherType.ERROR, order = Ordered.HIGHEST_PRECEDENCE)
class ApiErrorDispatch implements Filter {

    private final ApiProblems problems;
    private final MessageBundles messages;

    ApiErrorDispatch(ApiProblems problems, MessageBundles messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && uri.startsWith(http.getContextPath() + "/api/") && !answer.isCommitted()) {
            answer.resetBuffer();
            problems.write(answer, problem(http, request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE)));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The status the error was dispatched with, kept: {@link ApiProblems#ofStatus} as for Spring MVC's errors. */
    private Problem problem(HttpServletRequest request, Object status) {
        Locale locale = ApiProblems.locale(request);
        return problems.ofStatus(status instanceof Integer code ? code : 500, locale, request.getMethod(),
                messages.getTranslation("api.invalid.request", locale));
    }
}
