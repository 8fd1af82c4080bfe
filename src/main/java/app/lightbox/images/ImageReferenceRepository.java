package app.lightbox.images;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ImageReferenceRepository extends JpaRepository<ImageReference, ImageReference.Key> {

    List<ImageReference> findByReferrer(String referrer);

    @Query("select r.referrer from ImageReference r where r.storedName = :storedName order by r.referrer")
    List<String> findReferrers(String storedName);

    @Modifying
    @Query("delete from ImageReference r where r.referrer = :referrer")
    void deleteByReferrer(String referrer);
}
