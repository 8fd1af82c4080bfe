package app.lightbox.api;

import app.lightbox.images.ImageReferrer;
import app.lightbox.images.ImageSnippets;
import app.lightbox.images.ImageSummary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An image as the API answers with it: in an upload's results, in lists, and described on its own. Every
 * link is absolute; the snippets come from {@link ImageSnippets}, as the views' "Copy" menus do.
 *
 * @param name the stored name, which the image's addresses and {@code DELETE} use
 * @param sha256 of the stored bytes (what {@code url} serves)
 * @param deduplicated in an upload's results only: true when the same image was in the library already, and
 *     these are that image's fields (its uploader, its date)
 * @param uploadedAt ISO-8601, UTC
 * @param usageCount how many posts (drafts included) use it
 * @param usedIn described on its own only: the posts that use it, as far as the caller may see them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ImageJson(String name, String url, String thumbnailUrl, String displayUrl, String originalName, long size,
        String contentType, int width, int height, String sha256, @Nullable Boolean deduplicated,
        boolean locationRemoved, String uploadedAt, String uploader, int usageCount, String markdown, String html,
        String bbcode, @Nullable List<UsedIn> usedIn) {

    /**
     * A post that uses the image.
     *
     * @param title may be empty (an untitled draft)
     * @param url absolute
     */
    record UsedIn(String title, String url) {

        static List<UsedIn> of(List<ImageReferrer> referrers, String base) {
            return referrers.stream().map(r -> new UsedIn(r.label(), base + r.path())).toList();
        }
    }

    /** As listed: {@code deduplicated} and {@code usedIn} are left out. */
    static ImageJson of(ImageSummary image, String base) {
        return of(image, base, null, null);
    }

    /** In an upload's results. */
    static ImageJson uploaded(ImageSummary image, String base, boolean deduplicated) {
        return of(image, base, deduplicated, null);
    }

    /** Described on its own, with where it is used. */
    static ImageJson described(ImageSummary image, String base, List<ImageReferrer> usedIn) {
        return of(image, base, null, UsedIn.of(usedIn, base));
    }

    private static ImageJson of(ImageSummary image, String base, @Nullable Boolean deduplicated,
            @Nullable List<UsedIn> usedIn) {
        ImageSnippets snippets = ImageSnippets.of(image, base);
        return new ImageJson(image.storedName(), snippets.url(), snippets.thumbnailUrl(), snippets.displayUrl(),
                image.originalName(), image.sizeBytes(), image.mediaType(), image.width(), image.height(),
                image.sha256(), deduplicated, image.locationRemoved(), image.uploadedAt().toString(),
                image.uploaderName(), image.usageCount(), snippets.markdown(), snippets.html(), snippets.bbcode(),
                usedIn);
    }
}
