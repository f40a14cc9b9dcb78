package dev.superscale.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LognormalTest {

    @Test
    void fitReproducesTheMeanAndTheP95() {
        Lognormal fit = Lognormal.fromMeanAndP95(1.5, 5);
        assertThat(fit.mean()).isCloseTo(1.5, within(1e-9));
        assertThat(fit.quantile(0.95)).isCloseTo(5, within(1e-6));
        assertThat(fit.cdf(5)).isCloseTo(0.95, within(1e-7));
    }

    @Test
    void heavyTailHasMoreVariabilityThanAnExponential() {
        assertThat(Lognormal.fromMeanAndP95(1.5, 5).scv()).isGreaterThan(1);
        // An exponential's p95 is 3 x its mean; a lognormal with a lighter p95 has scv < 1.
        assertThat(Lognormal.fromMeanAndP95(1, 2).scv()).isLessThan(1);
    }

    @Test
    void secondMomentMatchesMeanAndScv() {
        Lognormal fit = Lognormal.fromMeanAndP95(6, 20);
        assertThat(fit.secondMoment()).isCloseTo(fit.mean() * fit.mean() * (1 + fit.scv()), within(1e-9));
    }

    @Test
    void refusesAP95ThatNoLognormalCanHave() {
        assertThatThrownBy(() -> Lognormal.fromMeanAndP95(1, 4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mean 1 and p95 4");
        assertThatThrownBy(() -> Lognormal.fromMeanAndP95(2, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void standardNormalMatchesKnownValues() {
        assertThat(StandardNormal.cdf(0)).isCloseTo(0.5, within(1e-12));
        assertThat(StandardNormal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-9));
        assertThat(StandardNormal.cdf(-3)).isCloseTo(0.0013498980316301, within(1e-12));
        assertThat(StandardNormal.quantile(0.95)).isCloseTo(Lognormal.Z95, within(1e-9));
    }
}
