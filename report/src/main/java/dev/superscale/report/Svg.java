package dev.superscale.report;

import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Drawing to SVG with JFreeSVG, reproducibly. */
final class Svg {

    private Svg() {
    }

    /** A fresh canvas; the defs prefix is fixed because JFreeSVG's default embeds the clock, which would change every file. */
    static SVGGraphics2D canvas(int width, int height, String prefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(prefix);
        return g2;
    }

    static String chart(JFreeChart chart, int width, int height, String prefix) {
        SVGGraphics2D g2 = canvas(width, height, prefix);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument() + "\n";
    }
}
