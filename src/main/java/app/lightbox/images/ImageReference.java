package app.lightbox.images;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One use of an image by a referrer ({@code post:42}); the image itself may be gone. */
@Entity
@Table(name = "image_reference")
@IdClass(ImageReference.Key.class)
class ImageReference {

    /** The database columns are varchar(64). */
    static final int MAX_LENGTH = 64;

    @Id
    @Column(name = "stored_name", nullable = false, length = MAX_LENGTH)
    private String storedName;

    @Id
    @Column(nullable = false, length = MAX_LENGTH)
    private String referrer;

    protected ImageReference() {}

    ImageReference(String storedName, String referrer) {
        this.storedName = storedName;
        this.referrer = referrer;
    }

    String getStoredName() {
        return storedName;
    }

    static final class Key implements Serializable {

        private @Nullable String storedName;
        private @Nullable String referrer;

        Key() {}

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Key that && Objects.equals(storedName, that.storedName)
                    && Objects.equals(referrer, that.referrer);
        }

        @Override
        public int hashCode() {
            return Objects.hash(storedName, referrer);
        }
    }
}
