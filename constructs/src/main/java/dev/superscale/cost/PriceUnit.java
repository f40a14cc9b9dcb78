package dev.superscale.cost;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The unit a row's price is quoted in. */
public enum PriceUnit {
    HOUR("hour"),
    INSTANCE_HOUR("instance-hour"),
    VCPU_HOUR("vcpu-hour"),
    GIB_HOUR("gib-hour"),
    GIB_MONTH("gib-month"),
    /** A capacity unit for an hour (a load balancer's LCU). */
    UNIT_HOUR("unit-hour"),
    /** One GiB transferred or processed. */
    GIB("gib");

    private final String jsonName;

    PriceUnit(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static PriceUnit fromJsonName(String name) {
        return Arrays.stream(values()).filter(u -> u.jsonName.equals(name)).findFirst().orElse(null);
    }

    public static String names() {
        return Arrays.stream(values()).map(PriceUnit::jsonName).collect(Collectors.joining(", "));
    }
}
