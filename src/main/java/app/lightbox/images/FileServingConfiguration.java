package app.lightbox.images;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's connector as downloads by sendfile need it: a bounded send buffer per connection. Left to the
 * kernel's autotuning the buffer grows to megabytes, and one sendfile call queues a whole photo on the
 * socket; the client's receive window then keeps closing and reopening, and the kernel sends the rest in
 * the client's time. Measured on loopback with wrk (FileServingBenchmark): twice nginx's client CPU per
 * request and 0.66× its requests/s; with a 64 or 128 KB buffer the client's CPU per request is nginx's (256
 * KB: in between). Tomcat then hands a file over in pieces as the socket drains (its poller sends the next
 * one). The cost: one connection carries at most about twice the buffer per round trip (about 5 MB/s at
 * 50 ms with 128 KB), so a server far from its users may want it larger.
 */
@Configuration(proxyBeanMethods = false)
class FileServingConfiguration {

    /** Tomcat's name of the connections' SO_SNDBUF. */
    static final String SEND_BUFFER_PROPERTY = "socket.txBufSize";

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> boundedSendBuffer(ServingProperties serving) {
        return factory -> factory.addConnectorCustomizers(
                connector -> limitSendBuffer(connector, serving.socketSendBuffer()));
    }

    static void limitSendBuffer(Connector connector, DataSize sendBuffer) {
        if (sendBuffer.toBytes() > 0
                && !connector.setProperty(SEND_BUFFER_PROPERTY, String.valueOf(sendBuffer.toBytes()))) {
            throw new IllegalStateException("This connector has no " + SEND_BUFFER_PROPERTY + " setting");
        }
    }
}
