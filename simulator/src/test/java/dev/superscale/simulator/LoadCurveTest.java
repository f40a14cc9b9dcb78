package dev.superscale.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.superscale.capacity.InvalidInputException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LoadCurveTest {

    @Test
    void theWorkingDayPeaksAtThePlansShareAndIsQuietAtNight() {
        LoadCurve day = LoadCurve.workingDay(0.05);
        assertThat(day.peakShare()).isCloseTo(0.05, within(1e-12));
        assertThat(day.share(10 * 60)).isCloseTo(0.05, within(1e-12));
        assertThat(day.share(3 * 60)).isCloseTo(0.05 * 0.05, within(1e-12));
        assertThat(day.share(8 * 60 + 30)).as("the morning ramp").isBetween(0.05 * 0.6, 0.05 * 0.95);
    }

    @Test
    void parsesSharesOrMinuteShareLinesWithAHeader() {
        String csv = "minute,active_share\n" + IntStream.range(0, LoadCurve.MINUTES)
                .mapToObj(m -> m + "," + (m == 600 ? "0.07" : "0.01")).collect(Collectors.joining("\n"));
        LoadCurve curve = LoadCurve.parse(csv, "day.csv");
        assertThat(curve.share(600)).isEqualTo(0.07);
        assertThat(curve.peakShare()).isEqualTo(0.07);
        assertThat(LoadCurve.parse("0.02\n".repeat(LoadCurve.MINUTES), "plain.csv").share(0)).isEqualTo(0.02);
    }

    @Test
    void refusesBadCurvesWithOneLineNamingTheProblem() {
        assertThatThrownBy(() -> LoadCurve.parse("0.02\n".repeat(100), "short.csv"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("short.csv has 100 active shares; a day needs exactly 1440");
        assertThatThrownBy(() -> LoadCurve.parse("0.02\nlots\n1.5\n", "bad.csv"))
                .hasMessageContaining("bad.csv line 2: 'lots' is not a number").hasMessageContaining("(and 1 more)");
        assertThatThrownBy(() -> LoadCurve.parse("0\n".repeat(LoadCurve.MINUTES), "zero.csv")).hasMessageContaining("no load");
    }
}
