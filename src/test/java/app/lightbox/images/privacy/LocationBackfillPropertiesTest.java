package app.lightbox.images.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocationBackfillPropertiesTest {

    @Test
    void takes_small_batches_and_short_pauses() {
        assertThat(new LocationBackfillProperties(1, Duration.ZERO).batchSize()).isEqualTo(1);
        assertThat(new LocationBackfillProperties(100, Duration.ofHours(1)).pause()).isEqualTo(Duration.ofHours(1));
    }

    @ParameterizedTest
    @CsvSource({"0, PT1S, batch-size", "101, PT1S, batch-size", "10, PT-1S, pause", "10, PT1H1S, pause"})
    void refuses_batches_that_would_outlast_their_claim_and_pauses_out_of_range(int batchSize, Duration pause,
            String property) {
        assertThatThrownBy(() -> new LocationBackfillProperties(batchSize, pause))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lightbox.privacy.backfill." + property);
    }
}
