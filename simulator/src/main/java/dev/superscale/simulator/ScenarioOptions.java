package dev.superscale.simulator;

/**
 * Which scenarios {@code superscale simulate} runs after the steady peak.
 *
 * @param bursty          dashboard views as batches of charts, next to independent arrivals
 * @param zoneLossMinutes a zone lost at peak for this many minutes; 0 for none
 * @param day             a day's curve with the autoscalers
 * @param curveOrNull     the day's curve; null for the default working day
 * @param platform        whose start delays and metric sampling
 */
public record ScenarioOptions(boolean bursty, int zoneLossMinutes, boolean day, LoadCurve curveOrNull, TargetPlatform platform) {

    public static final ScenarioOptions NONE = new ScenarioOptions(false, 0, false, null, TargetPlatform.ECS);

    public boolean any() {
        return bursty || zoneLossMinutes > 0 || day;
    }
}
