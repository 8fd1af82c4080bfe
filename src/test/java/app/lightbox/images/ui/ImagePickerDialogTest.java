package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.StoreResult;
import app.lightbox.security.Actor;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "pickeruser")
class ImagePickerDialogTest extends SpringBrowserlessTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    private Actor actor;
    private final List<ImageSummary> picked = new ArrayList<>();
    private ImagePickerDialog dialog;

    @BeforeEach
    void account() {
        accounts.register("pickeruser", "correct horse");
        actor = accounts.findByUsername("pickeruser").orElseThrow().toActor();
    }

    @Test
    void what_is_picked_stays_picked_while_other_searches_hide_it_and_all_of_it_is_inserted() throws IOException {
        String tag = "p" + System.nanoTime();
        String boat1 = stored(tag + "-boat-1.png");
        String boat2 = stored(tag + "-boat-2.png");
        String car = stored(tag + "-car.png");
        navigate(ImageLibraryView.class);
        dialog = new ImagePickerDialog(images, picked::addAll);
        dialog.open();
        Grid<ImageSummary> grid = grid();
        assertThat(count()).isEqualTo("None selected");

        search(tag + "-boat");
        test(grid).select(0);
        test(grid).select(1);
        search(tag + "-car");
        assertThat(test(grid).size()).isEqualTo(1);
        test(grid).select(0);

        assertThat(count()).isEqualTo("3 selected");
        search(tag + "-boat");
        assertThat(grid.getSelectedItems()).extracting(ImageSummary::storedName).containsExactlyInAnyOrder(boat1, boat2, car);
        test(grid).select(0); // already picked: still three, not four
        assertThat(count()).isEqualTo("3 selected");

        search("no such " + tag);
        test(find(Button.class, dialog).withText("Insert 3 images").single()).click();

        assertThat(picked).extracting(ImageSummary::storedName).containsExactlyInAnyOrder(boat1, boat2, car);
    }

    @SuppressWarnings("unchecked")
    private Grid<ImageSummary> grid() {
        return find(Grid.class, dialog).single();
    }

    private void search(String term) {
        test(find(TextField.class, dialog).single())
                .setValue(term);
    }

    private String count() {
        return find(Span.class, dialog).withClassName("picker-count").single().getText();
    }

    private String stored(String name) throws IOException {
        return ((StoreResult.Stored) images.store(new ByteArrayInputStream(ImageLibraryViewTest.png(10, 10)), name,
                actor)).image().storedName();
    }
}
