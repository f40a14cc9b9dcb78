package dev.superscale.report;

import java.awt.Color;

/** The report's series colours: fixed, so a rendered page can be checked for each chart's pixels. */
public final class ChartColors {

    public static final Color AWS = new Color(0xE3, 0x6C, 0x09);
    public static final Color GCP = new Color(0x1A, 0x73, 0xE8);
    public static final Color WEB = new Color(0x7B, 0x1F, 0xA2);
    public static final Color INTERACTIVE = new Color(0x2E, 0x7D, 0x32);
    public static final Color TARGET = new Color(0xC6, 0x28, 0x28);
    public static final Color NODE = new Color(0xE8, 0xF0, 0xFE);
    public static final Color MANAGED = new Color(0xFF, 0xF4, 0xE5);

    private ChartColors() {
    }
}
