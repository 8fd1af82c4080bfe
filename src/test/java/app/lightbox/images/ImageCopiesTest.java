package app.lightbox.images;

import static app.lightbox.images.privacy.PrivacyFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mockingDetails;

import app.lightbox.base.Sha256;
import app.lightbox.images.StoreResult.AlreadyStored;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** One copy per image: the same bytes uploaded again store nothing new and answer with the image there. */
@SpringBootTest
class ImageCopiesTest {

    @Autowired
    ImageService images;

    @Autowired
    ImageDeletions deletions;

    @Autowired
    UserAccountService accounts;

    @Autowired
    StorageProperties storage;

    @Autowired
    JdbcTemplate jdbc;

    /** Real, but told to miss the first look-up where a test says so: as if an identical upload were not recorded yet. */
    @MockitoSpyBean
    StoredImageRepository rows;

    @RegisterExtension
    final StoredInTest stored = new StoredInTest();



    @Test
    void the_same_bytes_uploaded_again_store_no_second_file_and_answer_with_the_first_image() {
        byte[] png = TestImages.png(30, 20);
        Actor ann = newUser();
        Actor bob = newUser();
        ImageSummary first = stored(images.store(new ByteArrayInputStream(png), "first.png", ann));
        Set<String> filesBefore = storedFiles();
        long rowsBefore = rows.count();

        StoreResult again = images.store(new ByteArrayInputStream(png), "again.png", bob);

        assertThat(again).isInstanceOf(AlreadyStored.class);
        ImageSummary existing = ((AlreadyStored) again).image();
        assertThat(existing.storedName()).isEqualTo(first.storedName());
        // who uploaded it and when, under its first name: what the uploader is told
        assertThat(existing.originalName()).isEqualTo("first.png");
        assertThat(existing.uploaderName()).isEqualTo(ann.username());
        assertThat(existing.uploadedAt()).isEqualTo(first.uploadedAt());
        assertThat(rows.count()).isEqualTo(rowsBefore);
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void the_same_phone_photo_uploaded_twice_is_recognised_although_its_location_was_removed() {
        byte[] photo = fixture("gps.jpg");
        ImageSummary first = stored(images.store(new ByteArrayInputStream(photo), "IMG_0001.jpg", newUser()));
        assertThat(first.locationRemoved()).isTrue();
        assertThat(storedBytes(first)).isNotEqualTo(photo); // so the stored bytes alone could not match the upload

        StoreResult again = images.store(new ByteArrayInputStream(photo), "IMG_0001 (1).jpg", newUser());

        assertThat(again).isEqualTo(new AlreadyStored(images.find(first.storedName()).orElseThrow()));
    }

    @Test
    void a_copy_downloaded_from_the_library_and_uploaded_again_is_the_same_image() {
        ImageSummary first = stored(images.store(new ByteArrayInputStream(fixture("gps.png")), "map.png", newUser()));
        byte[] downloaded = storedBytes(first);

        StoreResult again = images.store(new ByteArrayInputStream(downloaded), "map (copy).png", newUser());

        assertThat(again).isInstanceOf(AlreadyStored.class);
        assertThat(((AlreadyStored) again).image().storedName()).isEqualTo(first.storedName());
    }

    @Test
    void an_image_deleted_from_the_library_can_be_uploaded_again() {
        byte[] png = TestImages.png(12, 12);
        Actor owner = newUser();
        ImageSummary first = stored(images.store(new ByteArrayInputStream(png), "x.png", owner));
        deletions.delete(first.id(), owner, true);

        StoreResult again = images.store(new ByteArrayInputStream(png), "x.png", owner);

        assertThat(again).isInstanceOf(Stored.class);
        assertThat(stored(again).storedName()).isNotEqualTo(first.storedName());
    }

    @Test
    void an_upload_of_an_image_whose_file_went_missing_brings_the_file_back() throws IOException {
        byte[] png = TestImages.png(16, 9);
        ImageSummary first = stored(images.store(new ByteArrayInputStream(png), "lost.png", newUser()));
        Files.delete(storage.location().resolve(first.storedName()));
        assertThat(images.file(first.storedName())).isEmpty(); // noticed: marked missing

        StoreResult again = images.store(new ByteArrayInputStream(png), "found.png", newUser());

        assertThat(again).isInstanceOf(AlreadyStored.class);
        ImageSummary healed = ((AlreadyStored) again).image();
        assertThat(healed.storedName()).isEqualTo(first.storedName());
        assertThat(healed.fileMissing()).isFalse();
        assertThat(storedBytes(first)).isEqualTo(png);
        assertThat(images.file(first.storedName())).isPresent();
    }

    @Test
    void the_same_photo_again_after_its_copy_stored_with_its_location_lost_its_file_is_stored_anew() throws IOException {
        byte[] photo = fixture("gps.jpg");
        ImageSummary old = stored(images.store(new ByteArrayInputStream(photo), "IMG_0002.jpg", newUser()));
        // as a version before location removal stored it: the bytes as uploaded; then its file went missing
        String uploaded = Sha256.hex(photo);
        jdbc.update("update stored_image set sha256 = ?, content_key = ? where id = ?", uploaded, uploaded, old.id());
        Files.delete(storage.location().resolve(old.storedName()));

        StoreResult again = images.store(new ByteArrayInputStream(photo), "IMG_0002.jpg", newUser());

        // not an answer pointing at a picture that is gone, and not its bytes put back under the old hash
        assertThat(again).isInstanceOf(Stored.class);
        ImageSummary fresh = stored(again);
        assertThat(fresh.storedName()).isNotEqualTo(old.storedName());
        assertThat(storedBytes(fresh)).isNotEqualTo(photo);
        // and the next upload of it finds the new one
        assertThat(images.store(new ByteArrayInputStream(photo), "IMG_0002 (2).jpg", newUser()))
                .isEqualTo(new AlreadyStored(images.find(fresh.storedName()).orElseThrow()));
    }

    @RepeatedTest(3)
    void identical_uploads_at_the_same_moment_end_with_one_file_and_one_entry_and_the_same_link() throws Exception {
        byte[] png = TestImages.png(40, 30);
        int uploads = 6;
        Set<String> filesBefore = storedFiles();
        long rowsBefore = rows.count();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StoreResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(uploads)) {
            for (int i = 0; i < uploads; i++) {
                Actor uploader = newUser();
                results.add(pool.submit(() -> {
                    start.await();
                    return images.store(new ByteArrayInputStream(png), "same.png", uploader);
                }));
            }
            start.countDown();
        }

        List<StoreResult> answers = new ArrayList<>();
        for (Future<StoreResult> result : results) {
            answers.add(result.get());
        }
        List<String> names = answers.stream().map(answer -> stored(answer).storedName()).toList();
        assertThat(names).containsOnly(names.getFirst());
        assertThat(answers).filteredOn(Stored.class::isInstance).hasSize(1);
        assertThat(rows.count()).isEqualTo(rowsBefore + 1);
        assertThat(storedFiles()).containsAll(filesBefore).contains(names.getFirst())
                .hasSize(filesBefore.size() + 1);
    }

    @Test
    void an_upload_that_loses_the_race_to_an_identical_one_removes_its_file_and_answers_with_the_winner() {
        byte[] png = TestImages.png(20, 20);
        ImageSummary winner = stored(images.store(new ByteArrayInputStream(png), "winner.png", newUser()));
        Set<String> filesBefore = storedFiles();
        // the loser looked before the winner was recorded, so it stores its file and then meets the unique key
        doReturn(Optional.empty()).doAnswer(mockingDetails(rows).getMockCreationSettings().getDefaultAnswer())
                .when(rows).findCopy(anyString(), anyString());

        StoreResult loser = images.store(new ByteArrayInputStream(png), "loser.png", newUser());

        assertThat(loser).isInstanceOf(AlreadyStored.class);
        assertThat(((AlreadyStored) loser).image().storedName()).isEqualTo(winner.storedName());
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    private ImageSummary stored(StoreResult result) {
        return stored.storedOrFound(result);
    }

    private byte[] storedBytes(ImageSummary image) {
        try (InputStream in = images.openContent(image.storedName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The originals' files (derivatives come and go with the job queue, temporary files with uploads). */
    private Set<String> storedFiles() {
        try (Stream<Path> files = Files.list(storage.location())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.contains("_") && !n.endsWith(".tmp"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Actor newUser() {
        String name = "copy-" + UUID.randomUUID().toString().substring(0, 12);
        return ((Registration.Registered) accounts.register(name, "correct horse battery")).user().toActor();
    }
}
