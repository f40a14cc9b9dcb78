package dev.superscale.report;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.topology.Component;
import dev.superscale.topology.ComponentRole;
import dev.superscale.topology.Endpoint;
import dev.superscale.topology.EnvSource;
import dev.superscale.topology.SupersetTopology;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.svg.SVGGraphics2D;

/**
 * The topology as a diagram, from {@link SupersetTopology}: one node per component with its
 * replicas and size, one per managed service, and an edge wherever a component's environment
 * points at an endpoint. Rendered as Mermaid (for the Markdown) and as SVG (drawn with JFreeSVG).
 */
final class TopologyDiagram {

    /** A box: id, label lines, whether it is a managed service, and its column in the SVG layout. */
    record Node(String id, List<String> lines, boolean managed, int column) {
    }

    record Edge(String from, String to, String label) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;

    private TopologyDiagram(List<Node> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
    }

    static TopologyDiagram of(SupersetTopology topology) {
        CapacityPlan plan = topology.plan();
        Map<String, Node> nodes = new LinkedHashMap<>();
        nodes.put("users", new Node("users", List.of("users", String.format(java.util.Locale.ROOT, "%,d registered", plan.load().registeredUsers())),
                true, 0));
        nodes.put("balancer", new Node("balancer", List.of("load balancer", "least outstanding requests"), true, 0));
        for (Component c : topology.components()) {
            String replicas = c.replicas().autoscaled()
                    ? c.replicas().min().value() + "-" + c.replicas().max().value() + " (peak " + c.replicas().peak().value() + ")"
                    : String.valueOf(c.replicas().peak().value());
            String size = String.format(java.util.Locale.ROOT, "%s vCPU / %s GiB", trim(c.resources().cpuMillicores().value() / 1000.0),
                    trim(c.resources().memoryMiB().value() / 1024.0));
            String placement = c.placement().spot() ? "spot, " + c.placement().onDemandBaseReplicas().value() + " on-demand" : "on-demand";
            nodes.put(c.name(), new Node(c.name(), List.of(c.name(), replicas + " x " + size, placement), false,
                    c.role() == ComponentRole.PGBOUNCER ? 2 : 1));
        }
        nodes.put("postgres", new Node("postgres", List.of("PostgreSQL", plan.postgres().instances().value() + " instances, "
                + plan.postgres().haMode().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')), true, 3));
        nodes.put("broker", new Node("broker", List.of("Redis broker", 1 + plan.redisBroker().replicasPerPrimary().value() + " nodes, no cluster mode"),
                true, 3));
        nodes.put("cache", new Node("cache", List.of("Redis cache", plan.redisCache().shards().value() + " shard(s) x "
                + (1 + plan.redisCache().replicasPerShard().value()) + " nodes, cluster mode"), true, 3));

        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge("users", "balancer", "HTTPS"));
        edges.add(new Edge("balancer", SupersetTopology.WEB, "HTTP"));
        for (Component c : topology.components()) {
            Set<Endpoint> endpoints = new LinkedHashSet<>();
            c.environment().forEach(e -> {
                if (e.source() instanceof EnvSource.FromEndpoint endpoint) {
                    endpoints.add(endpoint.endpoint());
                }
            });
            for (Endpoint endpoint : endpoints) {
                switch (endpoint) {
                    case METADATA_DATABASE -> edges.add(new Edge(c.name(), SupersetTopology.PGBOUNCER, "SQL"));
                    case POSTGRES_SERVER -> edges.add(new Edge(c.name(), "postgres", "SQL"));
                    case REDIS_BROKER -> edges.add(new Edge(c.name(), "broker", "tasks"));
                    case REDIS_CACHE -> edges.add(new Edge(c.name(), "cache", "cache"));
                    case WEB_URL -> edges.add(new Edge(c.name(), "balancer", "opens dashboards"));
                }
            }
            if (c.role() == ComponentRole.PGBOUNCER) {
                edges.add(new Edge(c.name(), "postgres", "pooled SQL"));
            }
        }
        return new TopologyDiagram(List.copyOf(nodes.values()), List.copyOf(edges));
    }

    List<Node> nodes() {
        return nodes;
    }

    List<Edge> edges() {
        return edges;
    }

    String mermaid() {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        for (Node n : nodes) {
            String label = String.join("<br/>", n.lines()).replace("\"", "'");
            out.append("  ").append(id(n.id())).append(n.managed() ? "[(\"" : "[\"").append(label).append(n.managed() ? "\")]\n" : "\"]\n");
        }
        for (Edge e : edges) {
            out.append("  ").append(id(e.from())).append(" -->|").append(e.label()).append("| ").append(id(e.to())).append('\n');
        }
        return out.toString();
    }

    String svg() {
        int boxWidth = 230;
        int boxHeight = 64;
        int columnGap = 90;
        int rowGap = 26;
        Map<Integer, Integer> rowsPerColumn = new LinkedHashMap<>();
        Map<String, int[]> position = new LinkedHashMap<>();
        for (Node n : nodes) {
            int row = rowsPerColumn.merge(n.column(), 1, Integer::sum) - 1;
            position.put(n.id(), new int[] {20 + n.column() * (boxWidth + columnGap), 50 + row * (boxHeight + rowGap)});
        }
        int width = 40 + 4 * boxWidth + 3 * columnGap;
        int height = 70 + rowsPerColumn.values().stream().mapToInt(Integer::intValue).max().orElse(1) * (boxHeight + rowGap);
        SVGGraphics2D g = Svg.canvas(width, height, "topology");
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString("Superset topology (from SupersetTopology)", 20, 28);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(new Color(0x60, 0x60, 0x60));
        for (Edge e : edges) {
            int[] a = position.get(e.from());
            int[] b = position.get(e.to());
            double x1 = a[0] + (b[0] >= a[0] ? boxWidth : 0);
            double x2 = b[0] + (b[0] >= a[0] ? 0 : boxWidth);
            if (a[0] == b[0]) {
                x1 = a[0] + boxWidth / 2.0;
                x2 = x1;
            }
            g.draw(new Line2D.Double(x1, a[1] + boxHeight / 2.0, x2, b[1] + boxHeight / 2.0));
        }
        Font title = new Font(Font.SANS_SERIF, Font.BOLD, 13);
        Font body = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        for (Node n : nodes) {
            int[] p = position.get(n.id());
            RoundRectangle2D box = new RoundRectangle2D.Double(p[0], p[1], boxWidth, boxHeight, 12, 12);
            g.setColor(n.managed() ? ChartColors.MANAGED : ChartColors.NODE);
            g.fill(box);
            g.setColor(n.managed() ? ChartColors.AWS : ChartColors.GCP);
            g.draw(box);
            g.setColor(Color.BLACK);
            int y = p[1] + 20;
            for (int i = 0; i < n.lines().size(); i++) {
                g.setFont(i == 0 ? title : body);
                FontMetrics metrics = g.getFontMetrics();
                String line = n.lines().get(i);
                g.drawString(line, p[0] + (boxWidth - metrics.stringWidth(line)) / 2, y);
                y += 16;
            }
        }
        return g.getSVGDocument() + "\n";
    }

    private static String id(String name) {
        return name.replace('-', '_');
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
