package app.lightbox.blog;

import app.lightbox.security.PageSources;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** With {@code lightbox.blog.external-images} on, pages may load images from any web site. */
@Component
class ExternalImages implements PageSources {

    private final BlogProperties blog;

    ExternalImages(BlogProperties blog) {
        this.blog = blog;
    }

    @Override
    public Map<String, List<String>> sources() {
        return blog.externalImages() ? Map.of("img-src", List.of("https:", "http:")) : Map.of();
    }
}
