package app.lightbox.images;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lightbox.serving.*}.
 *
 * @param socketSendBuffer the send buffer of each connection (the kernel doubles it for its bookkeeping);
 *     {@code 0} leaves it to the kernel's autotuning. See {@link FileServingConfiguration} for why it is set.
 */
@ConfigurationProperties("lightbox.serving")
public record ServingProperties(@DefaultValue("128KB") DataSize socketSendBuffer) {

    public ServingProperties {
        if (socketSendBuffer.isNegative() || socketSendBuffer.toBytes() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("lightbox.serving.socket-send-buffer must be between 0 and 2GB");
        }
    }
}
