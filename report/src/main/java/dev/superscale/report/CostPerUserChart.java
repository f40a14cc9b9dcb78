package dev.superscale.report;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.Preset;
import dev.superscale.cost.CostModel;
import dev.superscale.cost.Deployment;
import dev.superscale.cost.PriceTable;
import dev.superscale.cost.TargetCost;
import dev.superscale.topology.SupersetTopology;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Monthly cost per registered user at peak, per target, across the preset tiers (log scale: it spans two decades). */
final class CostPerUserChart {

    /** One bar: a preset on a target. */
    record Point(Preset preset, String target, double peakPerUser, double floorPerUser) {
    }

    private CostPerUserChart() {
    }

    static List<Point> points(PriceTable table) {
        CostModel model = new CostModel(table);
        List<Point> points = new ArrayList<>();
        for (Preset preset : Preset.values()) {
            var plan = CapacityPlanner.planFor(preset.load());
            for (TargetCost cost : model.price(Deployment.of(SupersetTopology.of(plan), preset.cliName()))) {
                points.add(new Point(preset, cost.target(), cost.peakPerUser(), cost.floorPerUser()));
            }
        }
        return points;
    }

    static String svg(List<Point> points) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Point p : points) {
            data.addValue(p.peakPerUser(), p.target().toUpperCase(java.util.Locale.ROOT) + " at peak",
                    String.format(java.util.Locale.ROOT, "%,d users", p.preset().registeredUsers()));
        }
        JFreeChart chart = ChartFactory.createBarChart("Monthly cost per registered user, at peak", "tier", "USD per user per month",
                data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        LogAxis axis = new LogAxis("USD per user per month (log scale)");
        axis.setSmallestValue(0.001);
        plot.setRangeAxis(axis);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(0));
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, data.getRowKey(i).toString().startsWith("AWS") ? ChartColors.AWS : ChartColors.GCP);
        }
        return Svg.chart(chart, 760, 420, "cost");
    }
}
