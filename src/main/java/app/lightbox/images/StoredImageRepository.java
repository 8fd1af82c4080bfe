package app.lightbox.images;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredImageRepository extends JpaRepository<StoredImage, Long> {

    /** Summaries with the uploader's name, in one query. */
    String SUMMARIES = """
            select new app.lightbox.images.ImageSummary(i.id, i.storedName, i.originalName, i.mediaType,
                i.sizeBytes, i.width, i.height, i.uploaderId, u.username, i.uploadedAt)
            from StoredImage i join AppUser u on u.id = i.uploaderId
            """;

    /** Newest first; the page must not carry its own sort. */
    @Query(SUMMARIES + " order by i.uploadedAt desc, i.id desc")
    Slice<ImageSummary> findNewestFirst(Pageable page);

    @Query(SUMMARIES + " where i.storedName = :storedName")
    Optional<ImageSummary> findSummary(String storedName);

    Optional<StoredImage> findByStoredName(String storedName);
}
