package dev.superscale.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Simulated p95 web latency and interactive queue wait against registered users, with the web latency target. */
final class LatencyChart {

    /** Waits of zero cannot sit on a log axis: they are drawn at this floor. */
    static final double FLOOR_SECONDS = 0.001;

    private LatencyChart() {
    }

    static String svg(List<LatencyRamp.Step> steps, double webTargetSeconds, int plannedUsers) {
        XYSeries web = new XYSeries("web p95 latency (simulated)");
        XYSeries queue = new XYSeries("interactive queue p95 wait (simulated)");
        for (LatencyRamp.Step s : steps) {
            web.add(s.users(), Math.max(FLOOR_SECONDS, s.webP95LatencySeconds()));
            queue.add(s.users(), Math.max(FLOOR_SECONDS, s.interactiveP95WaitSeconds()));
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(web);
        data.addSeries(queue);
        JFreeChart chart = ChartFactory.createXYLineChart("Latency against load on the plan's capacity", "registered users",
                "seconds", data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LogAxis axis = new LogAxis("seconds (log scale)");
        axis.setSmallestValue(FLOOR_SECONDS);
        plot.setRangeAxis(axis);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartColors.WEB);
        renderer.setSeriesPaint(1, ChartColors.INTERACTIVE);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        renderer.setSeriesStroke(1, new BasicStroke(3f));
        plot.setRenderer(renderer);
        ValueMarker target = new ValueMarker(webTargetSeconds, ChartColors.TARGET, new BasicStroke(2f));
        target.setLabel("web p95 target " + webTargetSeconds + " s");
        target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(target);
        ValueMarker planned = new ValueMarker(plannedUsers, Color.GRAY, new BasicStroke(1f));
        planned.setLabel("planned");
        plot.addDomainMarker(planned);
        return Svg.chart(chart, 760, 420, "latency");
    }
}
