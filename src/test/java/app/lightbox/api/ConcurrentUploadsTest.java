package app.lightbox.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.base.Sha256;
import app.lightbox.images.TestImages;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Issue 10, §5: 200 uploads at once from 20 clients are all stored, under distinct names, byte for byte. */
class ConcurrentUploadsTest extends UploadCatalogue {

    private static final int CLIENTS = 20;
    private static final int UPLOADS_EACH = 10;

    @Test
    void two_hundred_uploads_from_twenty_clients_are_all_stored_intact() throws Exception {
        long imagesBefore = now().rows();
        Map<String, String> uploadedSha256ByName = new ConcurrentHashMap<>();
        List<Future<?>> clients = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                ApiClient client = new ApiClient(port);
                clients.add(pool.submit(() -> {
                    for (int u = 0; u < UPLOADS_EACH; u++) {
                        byte[] png = TestImages.png(24, 24); // new bytes every time: nothing is a duplicate
                        HttpResponse<String> response = client.upload(member, new Multipart().file("shot.png", png));
                        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                        JsonNode image = client.json(response).get(0);
                        assertThat(image.get("deduplicated").asBoolean()).isFalse();
                        String previous = uploadedSha256ByName.put(image.get("name").asString(), Sha256.hex(png));
                        assertThat(previous).as("a name given twice").isNull();
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        }

        assertThat(uploadedSha256ByName).hasSize(CLIENTS * UPLOADS_EACH);
        assertThat(new HashSet<>(uploadedSha256ByName.values())).hasSize(CLIENTS * UPLOADS_EACH);
        assertThat(now().rows()).isEqualTo(imagesBefore + CLIENTS * UPLOADS_EACH);
        uploadedSha256ByName.forEach((name, sha256) -> {
            stored.keep(images.find(name).orElseThrow());
            HttpResponse<byte[]> file = fetch("/files/" + name);
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(Sha256.hex(file.body())).as(name).isEqualTo(sha256);
        });
    }
}
