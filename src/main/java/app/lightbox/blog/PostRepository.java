package app.lightbox.blog;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PostRepository extends JpaRepository<Post, Long> {

    @Query("""
            select new app.lightbox.blog.PostSummary(p.id, p.title, a.username, p.createdAt, p.excerpt)
            from Post p join p.author a
            order by p.createdAt desc, p.id desc""")
    Slice<PostSummary> findNewestFirst(Pageable page);

    @Query("select p from Post p join fetch p.author where p.id = :id")
    java.util.Optional<Post> findWithAuthor(long id);
}
