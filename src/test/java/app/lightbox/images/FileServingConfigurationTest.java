package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.images.StoreResult.Stored;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileServingConfigurationTest {

    @LocalServerPort
    int port;

    @Autowired
    WebServerApplicationContext server;

    @Autowired
    ImageService images;

    @Autowired
    UserAccountService accounts;

    @Test
    void the_running_connector_sends_with_a_128_kb_buffer_and_a_larger_photo_still_arrives_whole_by_sendfile()
            throws Exception {
        Connector connector = ((TomcatWebServer) server.getWebServer()).getTomcat().getConnector();
        assertThat(connector.getProperty(FileServingConfiguration.SEND_BUFFER_PROPERTY)).isEqualTo(String.valueOf(128 * 1024));

        String name = "fs-" + UUID.randomUUID().toString().substring(0, 12);
        Actor uploader = ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
        byte[] bytes = TestImages.photo(2400, 1600, 11);
        ImageSummary photo = ((Stored) images.store(new ByteArrayInputStream(bytes), "photo.jpg", uploader)).image();
        assertThat(bytes.length).as("several buffers' worth").isGreaterThan(3 * 128 * 1024);
        SendfileSwitch.offer(server, true);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + photo.url())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
    }

    @Test
    void a_send_buffer_of_0_leaves_the_buffer_to_the_kernel() {
        Connector connector = new Connector();
        FileServingConfiguration.limitSendBuffer(connector, DataSize.ofBytes(0));

        assertThat(connector.getProperty(FileServingConfiguration.SEND_BUFFER_PROPERTY))
                .isEqualTo(new Connector().getProperty(FileServingConfiguration.SEND_BUFFER_PROPERTY));
    }

    @Test
    void refuses_a_negative_send_buffer() {
        assertThatThrownBy(() -> new ServingProperties(DataSize.ofBytes(-1)))
                .hasMessageContaining("lightbox.serving.socket-send-buffer");
    }
}
