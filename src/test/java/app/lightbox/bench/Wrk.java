package app.lightbox.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's {@code wrk} (package wrk): a fixed number of connections for a while, then its figures. It runs
 * under {@code sh}, whose {@code times} adds wrk's own CPU time: on a machine with few cores the client's
 * work per request limits the rate as much as the server's does.
 */
final class Wrk {

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)\\b");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: (.*)");
    private static final Pattern NOT_OK = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    /** The shell's {@code times}: its own user and system time, then its children's (wrk's). */
    private static final Pattern TIMES = Pattern.compile("(?m)^(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s$");

    /** What one run measured; p99 in milliseconds, and wrk's CPU time (user and system). */
    record Result(long requests, double requestsPerSecond, double p99Millis, Duration cpuTime) {

        double cpuMillisPerRequest() {
            return cpuTime.toNanos() / 1e6 / requests;
        }
    }

    private final String executable;
    private final int threads;
    private final int connections;

    Wrk(int threads, int connections) {
        this.executable = Tools.require("wrk", "wrk");
        this.threads = threads;
        this.connections = connections;
    }

    /** The command line, as the report shows it. */
    String command(Duration duration, String url) {
        return String.join(" ", arguments(duration, url));
    }

    Result run(Duration duration, String url) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "\"$0\" \"$@\" && times"));
        command.addAll(arguments(duration, url));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return parse(output);
    }

    /**
     * Reads wrk's summary and the {@code times} after it; a run with failed requests or socket errors
     * measured nothing worth keeping.
     */
    static Result parse(String output) {
        Matcher notOk = NOT_OK.matcher(output);
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (notOk.find() || errors.find()) {
            throw new IllegalStateException("wrk saw failures:\n" + output);
        }
        Matcher requests = REQUESTS.matcher(output);
        Matcher rps = REQUESTS_PER_SECOND.matcher(output);
        Matcher p99 = P99.matcher(output);
        Matcher times = TIMES.matcher(output);
        if (!requests.find() || !rps.find() || !p99.find() || !times.find() || !times.find()) {
            throw new IllegalStateException("Unexpected wrk output (was --latency given?):\n" + output);
        }
        double value = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            default -> value * 1000;
        };
        return new Result(Long.parseLong(requests.group(1)), Double.parseDouble(rps.group(1)), millis,
                minutesAndSeconds(times.group(1), times.group(2)).plus(minutesAndSeconds(times.group(3), times.group(4))));
    }

    private static Duration minutesAndSeconds(String minutes, String seconds) {
        return Duration.ofMinutes(Long.parseLong(minutes)).plusNanos(Math.round(Double.parseDouble(seconds) * 1e9));
    }

    private List<String> arguments(Duration duration, String url) {
        return List.of(executable, "-t" + threads, "-c" + connections, "-d" + duration.toSeconds() + "s", "--latency", url);
    }
}
