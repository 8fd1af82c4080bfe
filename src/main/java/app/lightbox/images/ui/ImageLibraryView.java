package app.lightbox.images.ui;

import app.lightbox.images.ImageService;
import app.lightbox.security.CurrentUser;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The team's image library: drop images to upload them, see them appear, copy their links. */
@Route("images")
@Menu(order = 1, icon = "vaadin:file-picture", title = "images.menu.library")
@PermitAll
public class ImageLibraryView extends Main implements HasDynamicTitle {

    ImageLibraryView(ImageService images, CurrentUser currentUser) {
        addClassNames("page", "image-library");
        var actor = currentUser.require();
        ImageGallery gallery = new ImageGallery(images, actor);
        ImageUploader uploader = new ImageUploader(images, actor, gallery::added);
        add(new H1(getTranslation("images.library.title")), uploader, gallery);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("images.library.page-title");
    }
}
