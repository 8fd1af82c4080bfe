package app.lightbox.images.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.security.UserAccountService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
@WithMockUser(username = "libraryuser")
class ImageLibraryViewTest extends SpringBrowserlessTest {

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @BeforeEach
    void account() {
        accounts.register("libraryuser", "correct horse");
    }

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void an_uploaded_image_appears_at_once_as_a_card_with_its_facts_and_links() throws IOException {
        navigate(ImageLibraryView.class);
        long before = images.count();

        test(find(Upload.class).single()).upload("图片.png", "image/png", png(30, 20));

        assertThat(images.count()).isEqualTo(before + 1);
        ImageCard card = find(ImageCard.class).first();
        assertThat(find(Span.class, card).withText("图片.png").exists()).isTrue();
        assertThat(find(Span.class, card).withTextContaining("30 × 20 px").exists()).isTrue();
        String storedName = card.getElement().getAttribute("data-stored-name");
        assertThat(find(Anchor.class, card).withAttribute("href", "/files/" + storedName).exists()).isTrue();
        assertThat(find(Anchor.class, card).withAttribute("href", "/files/" + storedName + "?download").exists()).isTrue();
        assertThat(find(Button.class, card).withAriaLabel("Delete 图片.png").exists()).isTrue();
    }

    @Test
    void a_script_renamed_to_png_is_refused_with_its_reason_and_nothing_is_stored() {
        navigate(ImageLibraryView.class);
        long before = images.count();

        test(find(Upload.class).single()).upload("evil.png", "image/png",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8));

        assertThat(images.count()).isEqualTo(before);
        ListItem refusal = find(ListItem.class)
                .withCondition(item -> item.getElement().getTextRecursively().contains("evil.png")).single();
        assertThat(refusal.getElement().getTextRecursively())
                .contains("Only these image types can be uploaded: PNG, JPEG, GIF, WebP");
    }
}
