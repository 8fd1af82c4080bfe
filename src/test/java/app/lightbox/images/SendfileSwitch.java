package app.lightbox.images;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Turns the running Tomcat's sendfile offer on or off, so that a test or benchmark can compare the
 * two ways of sending a file in one server. Tomcat reads the setting for each request.
 */
public final class SendfileSwitch {

    private SendfileSwitch() {}

    public static void offer(WebServerApplicationContext context, boolean sendfile) {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        if (!connector.setProperty("useSendfile", String.valueOf(sendfile))) {
            throw new IllegalStateException("This connector has no useSendfile setting");
        }
    }
}
