package app.lightbox.images;

import app.lightbox.images.storage.ImageStorage;
import app.lightbox.security.Actor;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The where-used ledger: which referrers ({@code post:42}) use which images, kept by the features
 * that use images and read by the library (usage counts, safe delete). A referrer keeps its entries
 * when an image is deleted, so that a restored or re-uploaded image is known to be used again.
 */
@Service
public class ImageReferences {

    private final ImageReferenceRepository references;
    private final List<ImageReferrers> referrers;

    ImageReferences(ImageReferenceRepository references, List<ImageReferrers> referrers) {
        this.references = references;
        this.referrers = List.copyOf(referrers);
    }

    /**
     * Replaces the set of images a referrer uses, within the caller's transaction. Names that cannot
     * be stored names are left out: a text may link to anything that looks like an image. Whether the
     * images exist does not matter; a deleted image keeps its references.
     */
    @Transactional
    public void record(String referrer, Collection<String> storedNames) {
        checkReferrer(referrer);
        Set<String> wanted = new LinkedHashSet<>();
        for (String name : storedNames) {
            if (ImageStorage.isValidName(name)) {
                wanted.add(name);
            }
        }
        List<ImageReference> existing = references.findByReferrer(referrer);
        List<ImageReference> gone = existing.stream().filter(r -> !wanted.contains(r.getStoredName())).toList();
        existing.forEach(r -> wanted.remove(r.getStoredName()));
        references.deleteAll(gone);
        references.saveAll(wanted.stream().map(name -> new ImageReference(name, referrer)).toList());
        references.flush();
    }

    /** Forgets every image a referrer used, e.g. when its post is deleted; the images stay. */
    @Transactional
    public void forget(String referrer) {
        checkReferrer(referrer);
        references.deleteByReferrer(referrer);
    }

    /** Every referrer of the image, including those (drafts) a given viewer may not see. */
    @Transactional(readOnly = true)
    public List<String> referrers(String storedName) {
        return references.findReferrers(storedName);
    }

    /**
     * Where the image is used, as far as the viewer may see: each referrer is described by the
     * feature that recorded it, and left out if none does (a draft of someone else, say).
     */
    @Transactional(readOnly = true)
    public List<ImageReferrer> whereUsed(String storedName, @Nullable Actor viewer) {
        return references.findReferrers(storedName).stream()
                .flatMap(referrer -> referrers.stream()
                        .map(feature -> feature.describe(referrer, viewer))
                        .flatMap(Optional::stream)
                        .limit(1))
                .toList();
    }

    private static void checkReferrer(String referrer) {
        if (referrer.isBlank() || referrer.length() > ImageReference.MAX_LENGTH) {
            throw new IllegalArgumentException("A referrer has 1 to " + ImageReference.MAX_LENGTH + " characters");
        }
    }
}
