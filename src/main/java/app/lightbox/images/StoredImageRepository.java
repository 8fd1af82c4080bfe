package app.lightbox.images;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredImageRepository extends JpaRepository<StoredImage, Long> {

    /** Summaries with the uploader's name and the number of referrers, in one query. */
    String SUMMARIES = """
            select new app.lightbox.images.ImageSummary(i.id, i.storedName, i.originalName, i.mediaType,
                i.sizeBytes, i.width, i.height, i.uploaderId, u.username, i.uploadedAt,
                cast((select count(r) from ImageReference r where r.storedName = i.storedName) as Integer),
                i.fileMissing, i.locationRemoved, i.sha256, i.description)
            from StoredImage i join AppUser u on u.id = i.uploaderId
            """;

    String UNUSED = "not exists (select 1 from ImageReference r where r.storedName = i.storedName)";

    /** Newest first; the page must not carry its own sort. */
    @Query(SUMMARIES + " order by i.uploadedAt desc, i.id desc")
    Slice<ImageSummary> findNewestFirst(Pageable page);

    /** Images no referrer uses, newest first; the page must not carry its own sort. */
    @Query(SUMMARIES + " where " + UNUSED + " order by i.uploadedAt desc, i.id desc")
    Slice<ImageSummary> findUnusedNewestFirst(Pageable page);

    @Query("select count(i) from StoredImage i where " + UNUSED)
    long countUnused();

    /** {@code :pattern} is a lower-case LIKE pattern whose wildcards in the user's text are escaped with \. */
    @Query(SUMMARIES + " where lower(i.originalName) like :pattern escape '\\' order by i.uploadedAt desc, i.id desc")
    Slice<ImageSummary> findNamedLikeNewestFirst(String pattern, Pageable page);

    @Query("select count(i) from StoredImage i where lower(i.originalName) like :pattern escape '\\'")
    long countNamedLike(String pattern);

    @Query(SUMMARIES + " where lower(i.originalName) like :pattern escape '\\' and " + UNUSED
            + " order by i.uploadedAt desc, i.id desc")
    Slice<ImageSummary> findNamedLikeUnusedNewestFirst(String pattern, Pageable page);

    @Query("select count(i) from StoredImage i where lower(i.originalName) like :pattern escape '\\' and " + UNUSED)
    long countNamedLikeUnused(String pattern);

    /** The filter of a list: a lower-case LIKE pattern ({@code %} for all), and whether only unused images. */
    String FILTERED = " and lower(i.originalName) like :pattern escape '\\' and (:unusedOnly = false or " + UNUSED + ")";

    /**
     * The image just before {@code (at, id)} in a newest-first list under the filter: the oldest of the newer
     * ones, one row through the newest-first index (the plain bound on the upload time lets it seek there).
     */
    @Query("select i.storedName from StoredImage i where i.uploadedAt >= :at"
            + " and (i.uploadedAt > :at or (i.uploadedAt = :at and i.id > :id))"
            + FILTERED + " order by i.uploadedAt asc, i.id asc")
    List<String> findNewer(Instant at, long id, String pattern, boolean unusedOnly, Pageable one);

    /** The image just after {@code (at, id)} in a newest-first list under the filter. */
    @Query("select i.storedName from StoredImage i where i.uploadedAt <= :at"
            + " and (i.uploadedAt < :at or (i.uploadedAt = :at and i.id < :id))"
            + FILTERED + " order by i.uploadedAt desc, i.id desc")
    List<String> findOlder(Instant at, long id, String pattern, boolean unusedOnly, Pageable one);

    @Query(SUMMARIES + " where i.storedName = :storedName")
    Optional<ImageSummary> findSummary(String storedName);

    Optional<StoredImage> findByStoredName(String storedName);

    /**
     * The library's copy of some bytes: the image stored as exactly these bytes (at most one, the content
     * key is unique), else the oldest uploaded as exactly those.
     */
    default Optional<StoredImage> findCopy(String storedSha256, String uploadSha256) {
        return findByContentKey(storedSha256).or(() -> findFirstByUploadSha256OrderByIdAsc(uploadSha256));
    }

    Optional<StoredImage> findByContentKey(String contentKey);

    Optional<StoredImage> findFirstByUploadSha256OrderByIdAsc(String uploadSha256);

    /** What serving the image needs to know, without loading the entity (one short read per download). */
    @Query("select new app.lightbox.images.ServableImage(i.originalName, i.mediaType, i.sha256, i.fileMissing)"
            + " from StoredImage i where i.storedName = :storedName")
    Optional<ServableImage> findServable(String storedName);

    @Query("select i.storedName from StoredImage i where i.storedName in :storedNames")
    List<String> findStoredNamesIn(Collection<String> storedNames);

    @Query("select i.storedName from StoredImage i where i.storedName in :storedNames and i.fileMissing = false")
    List<String> findShowableStoredNamesIn(Collection<String> storedNames);

    /** Each image's stored name and missing-file mark, in id order after {@code afterId}, a page at a time. */
    @Query("select new app.lightbox.images.StoredFileState(i.id, i.storedName, i.fileMissing) from StoredImage i"
            + " where i.id > :afterId order by i.id")
    List<StoredFileState> findFileStatesAfter(long afterId, Pageable page);

    @Modifying
    @Query("update StoredImage i set i.fileMissing = :missing where i.storedName in :storedNames and i.fileMissing <> :missing")
    int markFileMissing(Collection<String> storedNames, boolean missing);
}
