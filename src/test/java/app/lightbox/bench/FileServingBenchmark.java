package app.lightbox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import app.lightbox.images.ImageService;
import app.lightbox.images.ImageSummary;
import app.lightbox.images.SendfileSwitch;
import app.lightbox.images.ServingProperties;
import app.lightbox.images.StoreResult.Stored;
import app.lightbox.images.TestImages;
import app.lightbox.security.Actor;
import app.lightbox.security.Registration;
import app.lightbox.security.UserAccountService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * {@code GET /files/{name}} of a 1 MB JPEG with 16 connections on loopback, against nginx serving the
 * same bytes with sendfile, measured in one run: Lightbox with Tomcat's sendfile (how it runs), Lightbox
 * with a connector that offers none (the streamed fallback) and nginx take turns, each after a warm-up,
 * and the median of the rounds is reported. Run by {@code ./mvnw -B verify -Pbenchmark}; writes the
 * "file-serving" section of docs/performance.md and asserts nothing about the figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileServingBenchmark {

    static final String COMMAND = "./mvnw -B verify -Pbenchmark -Dit.test=FileServingBenchmark";
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration RUN = Duration.ofSeconds(10);
    private static final int ROUNDS = 3;
    private static final double TARGET_RPS = 0.8;
    private static final double TARGET_P99 = 2.0;

    private final ImageService images;
    private final UserAccountService accounts;
    private final WebServerApplicationContext server;
    private final ServingProperties serving;

    @Autowired
    FileServingBenchmark(ImageService images, UserAccountService accounts, WebServerApplicationContext server,
            ServingProperties serving) {
        this.images = images;
        this.accounts = accounts;
        this.server = server;
        this.serving = serving;
    }

    /** What takes turns: a name, how to switch to it, its URL, and the CPU time its process has used so far. */
    private record Contender(String name, Runnable prepare, String url, Supplier<Duration> cpuTime) {}

    /** One run of wrk, and the CPU time the server used per request meanwhile (user and system). */
    private record Sample(Wrk.Result wrk, double cpuMillisPerRequest) {}

    @Test
    void serving_a_1_mb_jpeg_against_nginx() throws Exception {
        Wrk wrk = new Wrk(2, 16);
        Actor uploader = ((Registration.Registered) accounts.register("bench-user", "correct horse battery")).user().toActor();
        ImageSummary photo = ((Stored) images.store(new ByteArrayInputStream(TestImages.photo(2400, 1600, 1)),
                "photo.jpg", uploader)).image();
        long size = images.file(photo.storedName()).orElseThrow().size();
        String loadBefore = Machine.loadAverage();
        try (Nginx nginx = Nginx.start()) {
            try (InputStream stored = images.openContent(photo.storedName())) {
                var copy = nginx.files().resolve(photo.storedName());
                Files.copy(stored, copy, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
            }
            String app = "http://127.0.0.1:" + server.getWebServer().getPort() + photo.url();
            Supplier<Duration> jvm = () -> ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
            List<Contender> contenders = List.of(
                    new Contender("nginx " + Nginx.version() + " (reference)", () -> { }, nginx.url(photo.storedName()),
                            nginx::cpuTime),
                    new Contender("Lightbox, Tomcat sendfile", () -> SendfileSwitch.offer(server, true), app, jvm),
                    new Contender("Lightbox, streamed (no sendfile)", () -> SendfileSwitch.offer(server, false), app, jvm));
            Map<Contender, List<Sample>> results = new LinkedHashMap<>();
            for (Contender contender : contenders) {
                contender.prepare().run();
                wrk.run(WARM_UP, contender.url());
                results.put(contender, new ArrayList<>());
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (Contender contender : contenders) {
                    contender.prepare().run();
                    Duration cpuBefore = contender.cpuTime().get();
                    Wrk.Result result = wrk.run(RUN, contender.url());
                    double cpuMillis = contender.cpuTime().get().minus(cpuBefore).toNanos() / 1e6;
                    results.get(contender).add(new Sample(result, cpuMillis / result.requests()));
                }
            }
            SendfileSwitch.offer(server, true);
            PerformanceReport.write("file-serving",
                    report(wrk, size, serving.socketSendBuffer(), results, loadBefore));
            assertThat(results.values()).allSatisfy(list -> assertThat(list).hasSize(ROUNDS));
        }
    }

    private static String report(Wrk wrk, long size, DataSize sendBuffer, Map<Contender, List<Sample>> results,
            String loadBefore) {
        List<Sample> medians = results.values().stream().map(FileServingBenchmark::median).toList();
        Sample reference = medians.getFirst();
        StringBuilder table = new StringBuilder("""
                ## Serving a stored file: `GET /files/{name}`

                A %.2f MB JPEG stored through ImageService, fetched with `%s` on loopback; nginx serves the same
                bytes (`sendfile on`, `tcp_nopush on`, the same headers), Lightbox as configured (%s socket
                send buffer). The three take turns: a %d s warm-up each, then %d rounds, median shown.
                Target: at least %.1f× nginx's requests/s, p99 at most %.0f× nginx's. The CPU times per request
                (user and system; the server's process, and wrk's) depend less on other work on the machine than
                the rates do; wrk shares the cores, so what a server makes it spend counts too.

                | Server | requests/s | p99 | requests/s vs nginx | p99 vs nginx | target met | server CPU per request | wrk CPU per request |
                |---|---:|---:|---:|---:|---|---:|---:|
                """.formatted(size / 1_000_000.0, wrk.command(RUN, "<url>"), describe(sendBuffer),
                WARM_UP.toSeconds(), ROUNDS, TARGET_RPS, TARGET_P99));
        int row = 0;
        for (Contender contender : results.keySet()) {
            boolean isReference = row == 0;
            Sample median = medians.get(row++);
            double rps = median.wrk().requestsPerSecond() / reference.wrk().requestsPerSecond();
            double p99 = median.wrk().p99Millis() / reference.wrk().p99Millis();
            String met = isReference ? "reference" : rps >= TARGET_RPS && p99 <= TARGET_P99 ? "yes" : "no";
            table.append("| %s | %.0f | %.1f ms | %.2f× | %.2f× | %s | %.2f ms | %.2f ms |%n".formatted(
                    contender.name(), median.wrk().requestsPerSecond(), median.wrk().p99Millis(), rps, p99, met,
                    median.cpuMillisPerRequest(), median.wrk().cpuMillisPerRequest()));
        }
        return table + """

                Command: `%s` · %s · load average before %s, after %s · %s
                %s""".formatted(COMMAND, Machine.describe(), loadBefore, Machine.loadAverage(),
                Instant.now().truncatedTo(ChronoUnit.MINUTES), Machine.busyWarning(loadBefore));
    }

    private static String describe(DataSize sendBuffer) {
        return sendBuffer.toBytes() == 0 ? "the kernel's autotuned" : "a " + sendBuffer.toKilobytes() + " KB";
    }

    /** The round with the median requests/s (its p99 and CPU time with it, as measured together). */
    private static Sample median(List<Sample> rounds) {
        return rounds.stream().sorted(Comparator.comparingDouble(sample -> sample.wrk().requestsPerSecond()))
                .toList().get(rounds.size() / 2);
    }
}
