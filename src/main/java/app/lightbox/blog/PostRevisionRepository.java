package app.lightbox.blog;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PostRevisionRepository extends JpaRepository<PostRevision, Long> {

    /** A post's published versions, the newest first. */
    @Query("select r from PostRevision r join fetch r.publishedBy where r.postId = :postId"
            + " order by r.publishedAt desc, r.id desc")
    List<PostRevision> findNewestFirst(long postId, Limit limit);

    /** Deletes a post's versions older than the newest {@code keep}, found by {@link #findNewestFirst}. */
    @Modifying
    @Query("delete from PostRevision r where r.postId = :postId and r.id not in :kept")
    int deleteAllBut(long postId, List<Long> kept);

    @Query("select r.id from PostRevision r where r.postId = :postId order by r.publishedAt desc, r.id desc")
    List<Long> findIdsNewestFirst(long postId, Limit limit);
}
