package app.lightbox.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lightbox.base.ByteSize;
import app.lightbox.base.NotFoundException;
import app.lightbox.base.NotPermittedException;
import app.lightbox.images.StoreResult.Refused;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.storage.StorageProperties;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

@SpringBootTest
class ImageServiceTest {

    /** The default lightbox.upload.max-file-size (16MB). */
    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final String ACCEPTED = "PNG, JPEG, GIF, WebP";

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    ImageReferences references;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storageProperties;

    // --- validation

    static Stream<Arguments> refusals() {
        byte[] png = TestImages.png(4, 4);
        return Stream.of(
                refusal("empty", () -> new byte[0], "empty.png", Refusal.EMPTY),
                refusal("one byte over the size limit", () -> pngPaddedTo(MAX_BYTES + 1), "big.png",
                        Refusal.TOO_LARGE, new ByteSize(16L * 1024 * 1024)),
                refusal("png declaring 10000 × 10000", () -> TestImages.pngHeader(10_000, 10_000), "bomb.png",
                        Refusal.TOO_MANY_PIXELS, 10_000, 10_000, 40_000_000L),
                refusal("jpeg declaring 65535 × 65535", () -> TestImages.jpegHeader(65_535, 65_535, 0), "bomb.jpg",
                        Refusal.TOO_MANY_PIXELS, 65_535, 65_535, 40_000_000L),
                refusal("gif declaring 65535 × 65535", () -> TestImages.gifHeader(65_535, 65_535), "bomb.gif",
                        Refusal.TOO_MANY_PIXELS, 65_535, 65_535, 40_000_000L),
                refusal("gif of 10 × 10 with a 60000 × 50000 frame", () -> TestImages.gifWithFrames(10, 10, 60_000, 50_000),
                        "frame.gif", Refusal.TOO_MANY_PIXELS, 60_000, 50_000, 40_000_000L),
                refusal("lossy webp declaring 16383 × 16383", () -> TestImages.webpLossy(16_383, 16_383),
                        "bomb.webp", Refusal.TOO_MANY_PIXELS, 16_383, 16_383, 40_000_000L),
                refusal("lossless webp declaring 16384 × 16384", () -> TestImages.webpLossless(16_384, 16_384),
                        "bomb.webp", Refusal.TOO_MANY_PIXELS, 16_384, 16_384, 40_000_000L),
                refusal("extended webp declaring 20000 × 2001", () -> TestImages.webpExtended(20_000, 2_001),
                        "bomb.webp", Refusal.TOO_MANY_PIXELS, 20_000, 2_001, 40_000_000L),
                refusal("webp animation of 100 × 100 with a 16383 × 16000 frame",
                        () -> TestImages.webpAnimation(100, 100, 16_383, 16_000), "frame.webp",
                        Refusal.TOO_MANY_PIXELS, 16_383, 16_000, 40_000_000L),
                refusal("a script renamed to png", () -> TestImages.ascii("#!/bin/sh\nrm -rf ~\n"), "cat.png",
                        Refusal.UNSUPPORTED_TYPE, ACCEPTED),
                refusal("html renamed to png", () -> TestImages.ascii("<!doctype html><script>alert(1)</script>"),
                        "cat.png", Refusal.UNSUPPORTED_TYPE, ACCEPTED),
                refusal("svg with a script", () -> TestImages.ascii(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"), "cat.svg",
                        Refusal.UNSUPPORTED_TYPE, ACCEPTED),
                refusal("bmp, a real image of another type", () -> TestImages.bmp(4, 4), "cat.png",
                        Refusal.UNSUPPORTED_TYPE, ACCEPTED),
                refusal("tiff, a real image of another type", () -> TestImages.tiff(4, 4), "cat.tiff",
                        Refusal.UNSUPPORTED_TYPE, ACCEPTED),
                refusal("png cut inside its header", () -> java.util.Arrays.copyOf(png, 20), "cut.png",
                        Refusal.UNREADABLE),
                refusal("jpeg cut before its frame header",
                        () -> java.util.Arrays.copyOf(TestImages.jpegHeader(8, 8, 200), 100), "cut.jpg",
                        Refusal.UNREADABLE),
                refusal("gif cut inside its screen descriptor", () -> TestImages.ascii("GIF89a\u0001"), "cut.gif",
                        Refusal.UNREADABLE),
                refusal("webp with no image chunk", () -> TestImages.ascii("RIFF\u0004\0\0\0WEBP"), "cut.webp",
                        Refusal.UNREADABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refuses_bad_uploads_with_their_reason(String label, Supplier<byte[]> content, String name,
            Refusal reason, Object[] args) {
        Actor uploader = newUser();
        Set<String> filesBefore = storedFiles();
        long countBefore = images.count(ImageFilter.all());

        StoreResult result = images.store(new ByteArrayInputStream(content.get()), name, uploader);

        assertThat(result).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(reason);
            assertThat(refused.args()).containsExactly(args);
        });
        assertThat(images.count(ImageFilter.all())).isEqualTo(countBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void rejects_a_script_renamed_to_png() {
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.ascii("#!/bin/sh\necho pwned\n")),
                "holiday.png", newUser());
        assertThat(result).isEqualTo(new Refused(Refusal.UNSUPPORTED_TYPE, ACCEPTED))
                .extracting(r -> ((Refused) r).messageKey()).isEqualTo("images.refused.unsupported-type");
    }

    @Test
    void stops_reading_an_oversized_upload_just_past_the_limit() {
        CountingStream endless = new CountingStream(TestImages.png(2, 2), 50 * MAX_BYTES);
        Set<String> filesBefore = storedFiles();
        long countBefore = images.count(ImageFilter.all());

        StoreResult result = images.store(endless, "huge.png", newUser());

        assertThat(result).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.reason()).isEqualTo(Refusal.TOO_LARGE));
        assertThat(endless.read).isGreaterThan(MAX_BYTES).isLessThanOrEqualTo(MAX_BYTES + 64 * 1024);
        assertThat(images.count(ImageFilter.all())).isEqualTo(countBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void accepts_an_upload_of_exactly_the_size_limit() {
        Actor uploader = newUser();
        StoreResult result = images.store(new ByteArrayInputStream(pngPaddedTo(MAX_BYTES)), "full.png", uploader);

        assertThat(result).isInstanceOfSatisfying(Stored.class,
                s -> assertThat(s.image().sizeBytes()).isEqualTo(MAX_BYTES));
        deletions.delete(((Stored) result).image().id(), uploader, true); // 16 MB need not stay in the temp folder
    }

    // --- acceptance

    static Stream<Arguments> acceptedImages() {
        return Stream.of(
                Arguments.of("png", TestImages.png(3, 2), "a.png", "image/png", ".png", 3, 2),
                Arguments.of("jpeg", TestImages.jpeg(5, 4), "a.jpeg", "image/jpeg", ".jpg", 5, 4),
                Arguments.of("gif", TestImages.gif(7, 6), "a.gif", "image/gif", ".gif", 7, 6),
                Arguments.of("lossy webp", TestImages.webpLossy(9, 8), "a.webp", "image/webp", ".webp", 9, 8),
                Arguments.of("lossless webp", TestImages.webpLossless(11, 10), "a.webp", "image/webp", ".webp", 11, 10),
                Arguments.of("extended webp", TestImages.webpExtended(13, 12), "a.webp", "image/webp", ".webp", 13,
                        12),
                Arguments.of("png named photo.jpg", TestImages.png(3, 3), "photo.jpg", "image/png", ".png", 3, 3),
                Arguments.of("jpeg named cat.gif", TestImages.jpeg(2, 2), "cat.gif", "image/jpeg", ".jpg", 2, 2),
                // a portrait photo: stored 640 × 480, shown turned a quarter (Exif orientation 6)
                Arguments.of("portrait jpeg from a camera", TestImages.jpegWithOrientation(640, 480, 6, true),
                        "portrait.jpg", "image/jpeg", ".jpg", 480, 640),
                Arguments.of("portrait png turned by its eXIf chunk",
                        TestImages.pngWithExif(640, 480, TestImages.tiffWithOrientation(6, false), true), "portrait.png",
                        "image/png", ".png", 480, 640),
                Arguments.of("png at the pixel limit", TestImages.pngHeader(8_000, 5_000), "max.png", "image/png",
                        ".png", 8_000, 5_000));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedImages")
    void stores_each_allowed_type_under_its_detected_type(String label, byte[] bytes, String name, String mediaType,
            String extension, int width, int height) throws Exception {
        Actor uploader = newUser();
        Instant before = Instant.now();

        StoreResult result = images.store(new ByteArrayInputStream(bytes), name, uploader);

        assertThat(result).isInstanceOf(Stored.class);
        ImageSummary image = ((Stored) result).image();
        assertThat(image.storedName()).matches("[0-9a-f]{32}\\" + extension);
        assertThat(image.mediaType()).isEqualTo(mediaType);
        assertThat(image.width()).isEqualTo(width);
        assertThat(image.height()).isEqualTo(height);
        assertThat(image.sizeBytes()).isEqualTo(bytes.length);
        assertThat(image.originalName()).isEqualTo(name);
        assertThat(image.uploaderId()).isEqualTo(uploader.id());
        assertThat(image.uploaderName()).isEqualTo(uploader.username());
        assertThat(image.uploadedAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThat(image.url()).isEqualTo("/files/" + image.storedName());
        assertThat(image.downloadUrl()).isEqualTo("/files/" + image.storedName() + "?download");
        assertThat(images.find(image.storedName())).contains(image);
        assertThat(storedBytes(image.storedName())).isEqualTo(bytes);
        assertThat(images.file(image.storedName())).hasValueSatisfying(file -> {
            assertThat(file.size()).isEqualTo(bytes.length);
            assertThat(file.sha256()).isEqualTo(sha256(bytes));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void keeps_a_clean_original_name(String raw, String kept) {
        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(1, 1)), raw, newUser());
        assertThat(result).isInstanceOfSatisfying(Stored.class, s -> {
            assertThat(s.image().originalName()).isEqualTo(kept);
            assertThat(images.find(s.image().storedName()).orElseThrow().originalName()).isEqualTo(kept);
        });
    }

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("图片.png", "图片.png"),
                Arguments.of("résumé.png", "résumé.png"),
                Arguments.of("報告 2026 (最終版).png", "報告 2026 (最終版).png"),
                Arguments.of("invoice\u202Egnp.exe", "invoicegnp.exe"),
                Arguments.of("\u2067bad\u2069\u200E\u0000\n\t.png", "bad.png"),
                Arguments.of("C:\\Users\\me\\cat.png", "cat.png"),
                Arguments.of("../../../etc/cron.d/x.png", "x.png"),
                Arguments.of("\u202E\u0007  ", "image.png"),
                Arguments.of("n".repeat(400) + ".png", "n".repeat(251) + ".png"));
    }

    @Test
    void falls_back_to_a_name_of_the_detected_type() {
        assertThat(images.store(new ByteArrayInputStream(TestImages.gif(1, 1)), null, newUser()))
                .isInstanceOfSatisfying(Stored.class, s -> assertThat(s.image().originalName()).isEqualTo("image.gif"));
    }

    @Test
    void keeps_names_unique_under_concurrent_uploads() throws Exception {
        Actor uploader = newUser();
        int uploads = 200;
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < uploads; i++) {
            contents.add(TestImages.png(1 + i % 7, 1 + i % 5, i * 7919));
        }
        List<Future<StoreResult>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (byte[] content : contents) {
                futures.add(pool.submit(() -> images.store(new ByteArrayInputStream(content), "same.png", uploader)));
            }
        }
        List<ImageSummary> stored = new ArrayList<>();
        for (Future<StoreResult> future : futures) {
            assertThat(future.get()).isInstanceOf(Stored.class);
            stored.add(((Stored) future.get()).image());
        }

        assertThat(stored.stream().map(ImageSummary::storedName).distinct()).hasSize(uploads);
        List<ImageSummary> rows = images.list(ImageFilter.all(), PageRequest.of(0, 100_000)).stream()
                .filter(i -> i.uploaderId() == uploader.id()).toList();
        assertThat(rows).hasSize(uploads).allMatch(i -> i.originalName().equals("same.png"));
        for (int i = 0; i < uploads; i++) {
            assertThat(storedBytes(stored.get(i).storedName())).isEqualTo(contents.get(i));
        }
        assertThat(storedFiles()).containsAll(stored.stream().map(ImageSummary::storedName).toList());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void leaves_nothing_behind_when_the_row_cannot_be_inserted() {
        // No such account: the file is in place when the foreign key refuses the row.
        Actor ghost = new Actor(Long.MAX_VALUE, "ghost", false);
        Set<String> filesBefore = storedFiles();
        long countBefore = images.count(ImageFilter.all());

        StoreResult result = images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "ghost.png", ghost);

        assertThat(result).isEqualTo(new Refused(Refusal.STORAGE_FAILED));
        assertThat(images.count(ImageFilter.all())).isEqualTo(countBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void an_upload_cut_off_by_its_sender_is_interrupted_not_a_storage_failure_and_leaves_nothing() {
        Set<String> filesBefore = storedFiles();
        InputStream broken = new java.io.SequenceInputStream(new ByteArrayInputStream(TestImages.png(5, 5)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset by peer");
                    }
                });

        StoreResult result = images.store(broken, "broken.png", newUser());

        // a cancel button in the browser, or a lost connection: no error of the server's
        assertThat(result).isEqualTo(new Refused(Refusal.INTERRUPTED));
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    // --- reading

    @Test
    void lists_newest_first_with_the_uploader_name() {
        Actor uploader = newUser();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            names.add(((Stored) images.store(new ByteArrayInputStream(TestImages.png(1, 1)), "n" + i + ".png",
                    uploader)).image().storedName());
        }

        List<ImageSummary> newest = images.list(ImageFilter.all(), PageRequest.of(0, 3)).getContent();
        assertThat(newest).extracting(ImageSummary::storedName).containsExactly(names.get(2), names.get(1),
                names.get(0));
        assertThat(newest).allMatch(i -> i.uploaderName().equals(uploader.username()));
        assertThat(images.list(ImageFilter.all(), PageRequest.of(0, 2)).hasNext()).isTrue();
        assertThat(images.list(ImageFilter.all(), PageRequest.of(0, 3, Sort.by("originalName"))).getContent()).isEqualTo(newest);
    }

    @Test
    void searches_original_names_ignoring_case_with_wildcards_taken_literally() {
        Actor uploader = newUser();
        String token = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String wanted = storeNamed(token + " Über 100%_sure.png", uploader);
        storeNamed(token + " Über 100 and more sure.png", uploader);
        storeNamed(token + " über 100x sure.png", uploader);

        for (String search : List.of(" ÜBER 100%_", token.toUpperCase() + " über 100%_SURE", "100%_sure\0")) {
            assertThat(images.list(new ImageFilter(search, false), PageRequest.of(0, 10)).map(ImageSummary::storedName).getContent())
                    .as(search).containsExactly(wanted);
            assertThat(images.count(new ImageFilter(search, false))).as(search).isOne();
        }
        assertThat(images.count(new ImageFilter(token + "\0", false))).isEqualTo(3);
        assertThat(images.count(new ImageFilter("\0", false))).isEqualTo(images.count(ImageFilter.all()));
    }

    @Test
    void finds_nothing_for_unknown_or_malformed_names() {
        assertThat(images.find("0123456789abcdef0123456789abcdef.png")).isEmpty();
        assertThat(images.find("../x.png")).isEmpty();
        assertThat(images.file("../x.png")).isEmpty();
    }

    @Test
    void tells_the_limits() {
        UploadLimits limits = images.limits();
        assertThat(limits.maxFileSize()).isEqualTo(MAX_BYTES);
        assertThat(limits.maxPixels()).isEqualTo(40_000_000L);
        assertThat(limits.acceptedMediaTypes()).containsExactly("image/png", "image/jpeg", "image/gif", "image/webp");
        assertThat(limits.acceptedExtensions()).containsExactly(".png", ".jpg", ".jpeg", ".gif", ".webp");
    }

    // --- deleting

    @Test
    void deletes_an_image_of_the_owner() {
        Actor owner = newUser();
        ImageSummary image = storeOne(owner);

        deletions.delete(image.id(), owner, true);

        assertThat(images.find(image.storedName())).isEmpty();
        assertThat(storedFiles()).doesNotContain(image.storedName());
    }

    @Test
    void lets_an_admin_delete_any_image() {
        ImageSummary image = storeOne(newUser());
        Actor other = newUser();
        Actor admin = new Actor(other.id(), other.username(), true);

        deletions.delete(image.id(), admin, true);

        assertThat(images.find(image.storedName())).isEmpty();
        assertThat(storedFiles()).doesNotContain(image.storedName());
    }

    @Test
    void refuses_to_delete_the_image_of_another_user() {
        ImageSummary image = storeOne(newUser());
        Actor other = newUser();
        Actor notAdmin = new Actor(other.id(), other.username(), false);

        assertThatThrownBy(() -> deletions.delete(image.id(), notAdmin, true)).isInstanceOf(NotPermittedException.class);

        assertThat(images.find(image.storedName())).isPresent();
        assertThat(storedBytes(image.storedName())).isNotEmpty();
    }

    @Test
    void reports_a_missing_image_as_not_found() {
        assertThatThrownBy(() -> deletions.delete(Long.MAX_VALUE, newUser(), true)).isInstanceOf(NotFoundException.class);
    }

    // --- where used

    @Test
    void records_replaces_and_forgets_the_images_of_a_referrer() {
        Actor owner = newUser();
        String a = storeOne(owner).storedName();
        String b = storeOne(owner).storedName();
        String c = storeOne(owner).storedName();
        String one = "test:" + UUID.randomUUID();
        String two = "test:" + UUID.randomUUID();

        references.record(one, List.of(a, b));
        assertThat(usageCounts(a, b, c)).containsExactly(1, 1, 0);
        assertThat(references.referrers(a)).containsExactly(one);

        references.record(one, List.of(b, c));
        references.record(two, List.of(b));
        assertThat(usageCounts(a, b, c)).containsExactly(0, 2, 1);
        assertThat(references.referrers(b)).containsExactlyInAnyOrder(one, two);

        references.forget(one);
        assertThat(usageCounts(a, b, c)).containsExactly(0, 1, 0);
        references.record(two, List.of());
        assertThat(references.referrers(b)).isEmpty();
    }

    @Test
    void lists_and_counts_only_unused_images_when_asked() {
        Actor owner = newUser();
        long unusedBefore = images.count(ImageFilter.unused());
        long allBefore = images.count(ImageFilter.all());
        ImageSummary used = storeOne(owner);
        ImageSummary unused = storeOne(owner);

        references.record("test:" + UUID.randomUUID(), List.of(used.storedName()));

        List<ImageSummary> newestUnused = images.list(ImageFilter.unused(), PageRequest.of(0, 2)).getContent();
        assertThat(newestUnused).first().isEqualTo(unused);
        assertThat(newestUnused).extracting(ImageSummary::storedName).doesNotContain(used.storedName());
        assertThat(images.list(ImageFilter.all(), PageRequest.of(0, 2)).getContent()).extracting(ImageSummary::storedName)
                .containsExactly(unused.storedName(), used.storedName());
        assertThat(images.count(ImageFilter.unused())).isEqualTo(unusedBefore + 1);
        assertThat(images.count(ImageFilter.all())).isEqualTo(allBefore + 2).isEqualTo(images.count(ImageFilter.all()));
    }

    @Test
    void leaves_out_names_that_no_stored_image_can_have() {
        String referrer = "test:" + UUID.randomUUID();
        String tooLong = "a".repeat(61) + ".png";

        references.record(referrer, List.of("../etc/passwd.png", tooLong, "x.svg"));

        assertThat(references.referrers(tooLong)).isEmpty();
        assertThat(references.referrers("../etc/passwd.png")).isEmpty();
    }

    @Test
    void where_used_leaves_out_referrers_that_no_feature_describes() {
        ImageSummary image = storeOne(newUser());
        references.record("test:" + UUID.randomUUID(), List.of(image.storedName()));

        assertThat(references.whereUsed(image.storedName(), null)).isEmpty();
        assertThat(images.find(image.storedName()).orElseThrow().usageCount()).isEqualTo(1);
    }

    @Test
    void deleting_a_used_image_keeps_its_references() {
        Actor owner = newUser();
        ImageSummary image = storeOne(owner);
        String referrer = "test:" + UUID.randomUUID();
        references.record(referrer, List.of(image.storedName()));

        deletions.delete(image.id(), owner, true);

        assertThat(images.find(image.storedName())).isEmpty();
        assertThat(references.referrers(image.storedName())).containsExactly(referrer);
    }

    private List<Integer> usageCounts(String... storedNames) {
        return Stream.of(storedNames).map(n -> images.find(n).orElseThrow().usageCount()).toList();
    }

    // --- helpers

    private ImageSummary storeOne(Actor uploader) {
        return ((Stored) images.store(new ByteArrayInputStream(TestImages.png(2, 2)), "one.png", uploader)).image();
    }

    private String storeNamed(String originalName, Actor uploader) {
        return ((Stored) images.store(new ByteArrayInputStream(TestImages.png(1, 1)), originalName, uploader)).image()
                .storedName();
    }

    private Actor newUser() {
        String name = "img-" + UUID.randomUUID().toString().substring(0, 12);
        Registration registration = accounts.register(name, "correct horse battery");
        assertThat(registration).isInstanceOf(Registration.Registered.class);
        return ((Registration.Registered) registration).user().toActor();
    }

    private Path folder() {
        return storageProperties.location();
    }

    private Set<String> storedFiles() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> temporaryFiles() {
        return storedFiles().stream().filter(n -> n.endsWith(".tmp")).collect(Collectors.toSet());
    }

    private byte[] storedBytes(String storedName) {
        try (InputStream in = images.openContent(storedName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid small PNG followed by zeros, to the given size. */
    static byte[] pngPaddedTo(long size) {
        return java.util.Arrays.copyOf(TestImages.png(2, 2), Math.toIntExact(size));
    }

    private static Arguments refusal(String label, Supplier<byte[]> content, String name, Refusal reason,
            Object... args) {
        return Arguments.of(label, content, name, reason, args);
    }

    /** A PNG followed by zeros up to {@code total} bytes, which counts how much was read of it. */
    static final class CountingStream extends InputStream {
        private final byte[] head;
        private final long total;
        long read;

        CountingStream(byte[] head, long total) {
            this.head = head;
            this.total = total;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - read);
            for (int i = 0; i < n; i++) {
                long position = read + i;
                buffer[offset + i] = position < head.length ? head[(int) position] : 0;
            }
            read += n;
            return n;
        }
    }
}
