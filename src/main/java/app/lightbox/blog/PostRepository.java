package app.lightbox.blog;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The pages must not carry their own sort: each query has its order. */
interface PostRepository extends JpaRepository<Post, Long> {

    /** Summaries with the author's name, in one query and without the bodies. */
    String SUMMARIES = """
            select new app.lightbox.blog.PostSummary(p.id, p.title, a.username, p.publishedAt, p.updatedAt,
                p.excerpt, p.coverImage)
            from Post p join p.author a
            """;

    /** {@code :pattern} is a lower-case LIKE pattern whose wildcards in the user's text are escaped with \. */
    String MATCHES = "(lower(p.title) like :pattern escape '\\' or lower(p.searchText) like :pattern escape '\\')";

    @Query(SUMMARIES + "where p.published = true order by p.publishedAt desc, p.id desc")
    Slice<PostSummary> findPublished(Pageable page);

    @Query(SUMMARIES + "where p.published = true and " + MATCHES + " order by p.publishedAt desc, p.id desc")
    Slice<PostSummary> findPublishedMatching(String pattern, Pageable page);

    @Query("select count(p) from Post p where p.published = true")
    long countPublished();

    @Query("select count(p) from Post p where p.published = true and " + MATCHES)
    long countPublishedMatching(String pattern);

    @Query(SUMMARIES + "where p.published = false and a.id = :authorId order by p.updatedAt desc, p.id desc")
    Slice<PostSummary> findDrafts(long authorId, Pageable page);

    @Query("select count(p) from Post p where p.published = false and p.author.id = :authorId")
    long countDrafts(long authorId);

    @Query("select p from Post p join fetch p.author where p.id = :id")
    Optional<Post> findWithAuthor(long id);

    /** Sets what is derived from the body without counting as an edit: the version stays, so no open editor goes stale. */
    @Modifying
    @Query("update Post p set p.coverImage = :coverImage, p.excerpt = :excerpt, p.searchText = :searchText where p.id = :id")
    void setDerived(long id, @Nullable String coverImage, String excerpt, String searchText);

    /** Posts written before covers and image references existed, see V4__drafts_and_image_references.sql. */
    @Query(value = "select post_id from post_reindex order by post_id", nativeQuery = true)
    List<Long> findPendingReindex(Limit limit);

    @Modifying
    @Query(value = "delete from post_reindex where post_id = :postId", nativeQuery = true)
    void deletePendingReindex(long postId);
}
