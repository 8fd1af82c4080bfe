package app.lightbox.api;

import app.lightbox.base.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rest of {@code /api/**}: a known address asked with another method ({@code 405} with {@code Allow}),
 * and unknown addresses ({@code 404}). Answered here, by the API's own handlers, so that they are problems
 * ({@link ApiExceptionHandler}) rather than the pages' "not found" view, which would otherwise take them.
 * A mapping without a method loses to one with it, so these only see what the real handlers do not take.
 */
@RestController
class ApiRoutes {

    @RequestMapping("/api/v1/images")
    void images(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET", "POST"));
    }

    @RequestMapping("/api/images")
    void deprecatedImages(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("POST"));
    }

    @RequestMapping("/api/v1/images/{name}")
    void image(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of("GET", "DELETE"));
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException(request.getRequestURI());
    }
}
