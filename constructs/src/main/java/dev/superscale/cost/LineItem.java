package dev.superscale.cost;

import java.util.List;

/**
 * What one part of a deployment costs a month on one target, in US dollars rounded to cents.
 *
 * @param component          the component or service ("web", "postgres", "nat", ...)
 * @param offering           what is bought, with counts ("3 x Fargate 2 vCPU / 5 GiB")
 * @param rows               ids of the price rows used
 * @param floor              at the off-peak floor all month, with the planned spot share
 * @param peak               at peak all month, with the planned spot share
 * @param floorOnDemand      at the floor with every replica on on-demand capacity
 * @param peakOnDemand       at peak with every replica on on-demand capacity
 */
public record LineItem(String component, String offering, List<String> rows, double floor, double peak, double floorOnDemand,
        double peakOnDemand) {

    public LineItem {
        rows = List.copyOf(rows);
        floor = cents(floor);
        peak = cents(peak);
        floorOnDemand = cents(floorOnDemand);
        peakOnDemand = cents(peakOnDemand);
    }

    /** An item whose cost does not depend on load or on spot. */
    static LineItem fixed(String component, String offering, List<String> rows, double monthly) {
        return new LineItem(component, offering, rows, monthly, monthly, monthly, monthly);
    }

    static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }
}
