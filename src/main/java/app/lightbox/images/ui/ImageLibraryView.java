package app.lightbox.images.ui;

import app.lightbox.base.ui.ViewAddress;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageDescriptions;
import app.lightbox.images.ImageDetails;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.security.Actor;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The team's image library: drop images to upload them, see them appear, copy their links; and
 * {@code /images/{name}} opens one of them large in the {@link ImageViewer}, over the same list.
 */
@Route("images")
@Menu(order = 1, icon = "vaadin:file-picture", title = "images.menu.library")
@PermitAll
public class ImageLibraryView extends Main implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    private final ViewAddress address = new ViewAddress(ImageLibraryView.class);
    private final ImageService images;
    private final ImageGallery gallery;
    private final ImageViewer.Services viewerServices;
    private final Actor actor;
    /** Made when an image is first shown: most visits open none, and every open page holds its parts. */
    private @Nullable ImageViewer viewer;

    ImageLibraryView(ImageService images, ImageDeletions deletions, ImageReferences references, ImageDetails details,
            ImageDescriptions descriptions, Thumbnails thumbnails, CurrentUser currentUser) {
        this.images = images;
        addClassNames("page", "image-library");
        actor = currentUser.require();
        viewerServices = new ImageViewer.Services(images, deletions, details, descriptions, references);
        gallery = new ImageGallery(images, deletions, references, thumbnails, actor, address,
                ImageLibraryView::viewerHref);
        ImageUploader uploader = new ImageUploader(images, actor, gallery::added);
        add(new H1(getTranslation("images.library.title")), uploader, gallery);
    }

    /**
     * Page, search and filter come from the address ({@code ?page=2&q=cat&unused=true}): Back, a reload, a
     * link; and the image the viewer shows, if any ({@code /images/{name}?...}). Opening and closing the
     * viewer leave the gallery as it is.
     */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String storedName) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        LibraryQuery wanted = LibraryQuery.from(asked);
        LibraryQuery shown = gallery.showing(wanted) ? wanted : gallery.show(wanted);
        if (storedName == null) {
            String closed = viewer == null ? null : viewer.hide();
            if (closed != null) {
                gallery.focusPreview(closed);
            }
            if (!shown.toParameters().equals(asked)) {
                address.replace(shown.toParameters()); // a page past the end reads as the last one, say
            }
            return;
        }
        Optional<ImageSummary> image = images.find(storedName);
        if (image.isPresent()) {
            viewer().show(image.get(), shown.filter());
        } else {
            if (viewer != null) {
                viewer.hide();
            }
            address.replace(shown.toParameters());
            Notification.show(getTranslation("images.viewer.not-found", storedName), 8000,
                    Notification.Position.MIDDLE);
        }
    }

    private ImageViewer viewer() {
        if (viewer == null) {
            viewer = new ImageViewer(viewerServices, actor,
                    new ImageViewer.Listener() {
                        @Override
                        public void closed() {
                            UI.getCurrent().navigate(ImageLibraryView.class, gallery.query().toParameters());
                        }

                        @Override
                        public void moved(String storedName) {
                            UI.getCurrent().getPage().getHistory().replaceState(null,
                                    location(storedName, gallery.query()));
                        }

                        @Override
                        public void deleted() {
                            gallery.reload();
                        }
                    });
        }
        return viewer;
    }

    /** Where the viewer shows the image over the list {@code query}: {@code /images/{name}?q=cat}. */
    static String viewerHref(String storedName, LibraryQuery query) {
        return "/" + location(storedName, query).getPathWithQueryParameters();
    }

    private static Location location(String storedName, LibraryQuery query) {
        return new Location(RouteConfiguration.forSessionScope().getUrl(ImageLibraryView.class, storedName),
                query.toParameters());
    }

    /**
     * Opened on its own, the viewer belongs to the page, not to this view: it closes on any navigation, to
     * another page by one of its links or Back, or within the library (which opens it again if asked).
     */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (viewer != null && !event.getNavigationTarget().equals(ImageLibraryView.class)) {
            viewer.hide();
        }
    }

    @Override
    public String getPageTitle() {
        String shown = viewer == null ? null : viewer.shownName();
        return shown == null ? getTranslation("images.library.page-title")
                : getTranslation("images.viewer.page-title", shown);
    }
}
