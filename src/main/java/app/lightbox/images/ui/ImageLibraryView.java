package app.lightbox.images.ui;

import app.lightbox.base.ui.ViewAddress;
import app.lightbox.images.ImageDeletions;
import app.lightbox.images.ImageReferences;
import app.lightbox.images.ImageService;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The team's image library: drop images to upload them, see them appear, copy their links. */
@Route("images")
@Menu(order = 1, icon = "vaadin:file-picture", title = "images.menu.library")
@PermitAll
public class ImageLibraryView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ViewAddress address = new ViewAddress(ImageLibraryView.class);
    private final ImageGallery gallery;

    ImageLibraryView(ImageService images, ImageDeletions deletions, ImageReferences references, Thumbnails thumbnails,
            CurrentUser currentUser) {
        addClassNames("page", "image-library");
        var actor = currentUser.require();
        gallery = new ImageGallery(images, deletions, references, thumbnails, actor, address);
        ImageUploader uploader = new ImageUploader(images, actor, gallery::added);
        add(new H1(getTranslation("images.library.title")), uploader, gallery);
    }

    /** Page, search and filter come from the address ({@code ?page=2&q=cat&unused=true}): Back, a reload, a link. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters asked = event.getLocation().getQueryParameters();
        QueryParameters shown = gallery.show(LibraryQuery.from(asked)).toParameters();
        if (!shown.equals(asked)) {
            address.replace(shown); // a page past the end reads as the last one, say, and a reload agrees
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("images.library.page-title");
    }
}
