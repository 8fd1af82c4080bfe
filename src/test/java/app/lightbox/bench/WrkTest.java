package app.lightbox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WrkTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:8080/files/a.jpg
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     3.54ms    3.79ms  22.54ms   85.81%%
                Req/Sec   714.80    164.34     0.97k    80.00%%
              Latency Distribution
                 50%%    1.90ms
                 75%%    4.51ms
                 90%%    8.51ms
                 99%%   %s
              14212 requests in 10.00s, 15.80GB read
            Requests/sec:   1421.19
            Transfer/sec:      1.58GB
            0m0.004000s 0m0.001000s
            1m2.500000s 0m4.000000s
            """;

    @ParameterizedTest
    @CsvSource({"17.92ms, 17.92", "812.00us, 0.812", "1.20s, 1200"})
    void reads_the_requests_their_rate_the_99th_percentile_in_milliseconds_and_wrks_cpu_time(String p99, double millis) {
        Wrk.Result result = Wrk.parse(OUTPUT.formatted(p99));

        assertThat(result.requests()).isEqualTo(14212);
        assertThat(result.requestsPerSecond()).isEqualTo(1421.19);
        assertThat(result.p99Millis()).isCloseTo(millis, Offset.offset(1e-9));
        assertThat(result.cpuTime()).isEqualTo(Duration.ofMillis(66_500));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  Non-2xx or 3xx responses: 12\n", "  Socket errors: connect 0, read 3, write 0, timeout 0\n"})
    void refuses_a_run_with_failed_requests(String failures) {
        String output = OUTPUT.formatted("17.92ms").replace("Requests/sec", failures + "Requests/sec");

        assertThatThrownBy(() -> Wrk.parse(output)).isInstanceOf(IllegalStateException.class).hasMessageContaining("failures");
    }
}
