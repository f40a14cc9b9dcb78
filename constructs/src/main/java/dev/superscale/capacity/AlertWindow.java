package dev.superscale.capacity;

/**
 * How long a condition must hold before its alert fires: the metric is aggregated over
 * {@code periodSeconds}, and the alert fires when {@code datapointsToAlarm} of the last
 * {@code evaluationPeriods} periods breach. A target without that notion (Prometheus) fires
 * after {@link #sustainedSeconds()}.
 */
public record AlertWindow(Sized periodSeconds, Sized evaluationPeriods, Sized datapointsToAlarm) {

    public AlertWindow {
        if (datapointsToAlarm.value() > evaluationPeriods.value()) {
            throw new IllegalArgumentException("datapointsToAlarm " + datapointsToAlarm + " exceeds evaluationPeriods " + evaluationPeriods);
        }
    }

    static AlertWindow of(int periodSeconds, int evaluationPeriods, int datapointsToAlarm, String why) {
        return new AlertWindow(
                new Sized(periodSeconds, "s", periodSeconds >= 300 ? "a ratio needs enough requests per period to be stable"
                        : "one-minute resolution: the finest the metrics are published at"),
                new Sized(evaluationPeriods, "periods", why),
                new Sized(datapointsToAlarm, "periods", datapointsToAlarm == evaluationPeriods ? "every period in the window breaches"
                        : datapointsToAlarm + " of " + evaluationPeriods + ": a single spike does not page, a pattern does"));
    }

    /** How long the condition lasts before the alert fires, at the least. */
    public long sustainedSeconds() {
        return periodSeconds.value() * datapointsToAlarm.value();
    }
}
