package dev.superscale.report;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.InvalidInputException;
import dev.superscale.cost.CostReport;
import dev.superscale.cost.DayCost;
import dev.superscale.cost.GuideComparison;
import dev.superscale.cost.LineItem;
import dev.superscale.cost.PriceTable;
import dev.superscale.cost.TargetCost;
import dev.superscale.simulator.LoadCurve;
import dev.superscale.simulator.Scenario;
import dev.superscale.simulator.ScenarioReport;
import dev.superscale.simulator.ScenarioSimulator;
import dev.superscale.topology.SupersetTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes {@code superscale plan --report DIR}: report.md (the plan with reasons, the topology as
 * Mermaid and SVG, the cost per target, the guide comparison, a simulated working day's compute
 * at its replica-hours, the charts), the same as a
 * self-contained report.html, and the SVGs. All files are written to a temporary folder first
 * and moved in at the end: nothing half-written is left. The same plan and prices give the same
 * bytes.
 */
public final class ReportWriter {

    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String TOPOLOGY_SVG = "topology.svg";
    public static final String COST_CHART_SVG = "cost-per-user.svg";
    public static final String LATENCY_CHART_SVG = "latency-vs-load.svg";
    /** Every file a report consists of: a folder holding only these (or nothing) may be overwritten. */
    public static final Set<String> FILES = Set.of(MARKDOWN, HTML, TOPOLOGY_SVG, COST_CHART_SVG, LATENCY_CHART_SVG);

    private ReportWriter() {
    }

    /**
     * @param planText the plan as the command line prints it (the table with reasons)
     * @param progress told what is being done; the latency ramp takes seconds
     */
    public static void write(CapacityPlan plan, String planText, PriceTable prices, Path dir, Consumer<String> progress) {
        Path target = dir.toAbsolutePath().normalize();
        checkFolder(dir, target);
        progress.accept("report: pricing the plan and the preset tiers");
        CostReport cost = CostReport.of(plan, prices);
        SupersetTopology topology = SupersetTopology.of(plan);
        TopologyDiagram diagram = TopologyDiagram.of(topology);
        List<CostPerUserChart.Point> perUser = CostPerUserChart.points(prices);
        List<LatencyRamp.Step> ramp = LatencyRamp.run(plan, progress);
        progress.accept("report: simulating a working day with the autoscalers");
        ScenarioReport day = ScenarioSimulator.run(plan, Scenario.day(LoadCurve.workingDay(plan.load().peakActiveShare())),
                hour -> progress.accept("report: simulating day: " + hour));
        List<DayCost> dayCost = DayCost.forPlan(plan, prices, day.replicaHoursByComponent());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(TOPOLOGY_SVG, diagram.svg());
        files.put(COST_CHART_SVG, CostPerUserChart.svg(perUser));
        files.put(LATENCY_CHART_SVG, LatencyChart.svg(ramp, plan.load().webP95LatencySeconds(), plan.load().registeredUsers()));
        ReportDocument doc = document(plan, planText, cost, diagram, perUser, ramp, day, dayCost);
        String title = String.format(Locale.ROOT, "Superset for %,d users: plan, topology and cost", plan.load().registeredUsers());
        files.put(MARKDOWN, doc.markdown());
        files.put(HTML, doc.html(title));
        progress.accept("report: writing " + dir);
        publish(target, files);
    }

    private static void checkFolder(Path given, Path target) {
        Path working = Path.of("").toAbsolutePath().normalize();
        if (working.startsWith(target)) {
            throw new InvalidInputException("--report " + given + " is the working folder or above it: give a new folder for the report");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException("--report " + given + " is a file, not a folder");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                List<String> foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !FILES.contains(n)).sorted().toList();
                if (!foreign.isEmpty()) {
                    throw new InvalidInputException("--report " + given + " holds files that are not part of a report (" + foreign.get(0)
                            + (foreign.size() > 1 ? ", ..." : "") + "): give a new or empty folder");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void publish(Path target, Map<String, String> files) {
        Path parent = target.getParent();
        Path staging = null;
        try {
            Files.createDirectories(parent);
            staging = Files.createTempDirectory(parent, ".superscale-report-");
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            if (!Files.exists(target)) {
                // A temporary folder is private (rwx------); a report is for reading, like any folder the user makes.
                if (Files.getFileStore(staging).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(staging, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                }
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                return;
            }
            for (String name : files.keySet()) {
                Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the report could not be written to " + target, e);
        } finally {
            if (staging != null) {
                deleteQuietly(staging);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // Best effort: a stray temporary folder is harmless.
        }
    }

    // ---- the document ----

    private static ReportDocument document(CapacityPlan plan, String planText, CostReport cost, TopologyDiagram diagram,
            List<CostPerUserChart.Point> perUser, List<LatencyRamp.Step> ramp, ScenarioReport day, List<DayCost> dayCost) {
        ReportDocument doc = new ReportDocument();
        int users = plan.load().registeredUsers();
        doc.add(new ReportDocument.Heading(1, String.format(Locale.ROOT, "Superset for %,d users: plan, topology and cost", users)));
        CostReport.Prices p = cost.prices();
        doc.add(new ReportDocument.Paragraph(String.format(Locale.ROOT, "Written by superscale plan --report. Prices: %s, %d rows read %s or "
                + "later, %d of them estimates (see the price table's 'estimate' and 'note' fields); %s hours per month.", p.source(), p.rows(),
                p.oldestRead(), p.estimates(), trim(p.hoursPerMonth()))));

        doc.add(new ReportDocument.Heading(2, "Topology"));
        doc.add(new ReportDocument.Paragraph("Every component SupersetTopology lists for this plan, with replicas (min-max and peak), size "
                + "and placement, and the managed services they reach."));
        doc.add(new ReportDocument.Code("mermaid", diagram.mermaid()));
        doc.add(new ReportDocument.Image("topology diagram", TOPOLOGY_SVG));

        doc.add(new ReportDocument.Heading(2, "Monthly cost per target"));
        doc.add(new ReportDocument.Paragraph("Floor: the off-peak floor held all month. Peak: the peak held all month. A real month lies "
                + "between. 'Peak, all on-demand' is the peak without spot workers."));
        for (TargetCost t : cost.targets()) {
            doc.add(new ReportDocument.Heading(3, t.target().toUpperCase(Locale.ROOT) + " " + t.region() + ": " + t.targetName()));
            List<List<String>> rows = new ArrayList<>();
            for (LineItem i : t.items()) {
                rows.add(List.of(i.component(), i.offering(), money(i.floor()), money(i.peak()), money(i.peakOnDemand())));
            }
            rows.add(List.of("total", "", money(t.floor()), money(t.peak()), money(t.peakOnDemand())));
            rows.add(List.of("per registered user", "", perUser(t.floorPerUser()), perUser(t.peakPerUser()),
                    perUser(t.peakOnDemand() / t.registeredUsers())));
            doc.add(new ReportDocument.Table(List.of("component", "what", "floor", "peak", "peak, all on-demand"), rows));
        }
        cost.guide().ifPresent(g -> guide(doc, g));
        doc.add(new ReportDocument.Paragraph("Not priced: " + String.join("; ", cost.notPriced()) + "."));
        workingDay(doc, day, dayCost);

        doc.add(new ReportDocument.Heading(2, "Cost per user across the preset tiers"));
        doc.add(new ReportDocument.Image("monthly cost per registered user at peak, per preset and target", COST_CHART_SVG));
        List<List<String>> perUserRows = new ArrayList<>();
        for (CostPerUserChart.Point point : perUser) {
            perUserRows.add(List.of(String.format(Locale.ROOT, "%,d", point.preset().registeredUsers()), point.target(),
                    perUser(point.floorPerUser()), perUser(point.peakPerUser())));
        }
        doc.add(new ReportDocument.Table(List.of("users", "target", "floor per user", "peak per user"), perUserRows));

        doc.add(new ReportDocument.Heading(2, "Latency against load"));
        doc.add(new ReportDocument.Paragraph("The plan's capacity (its peak replicas) simulated under "
                + String.format(Locale.ROOT, "%.0f%% to %.0f%%", LatencyRamp.LOAD_SHARES[0] * 100, LatencyRamp.LOAD_SHARES[LatencyRamp.LOAD_SHARES.length - 1] * 100)
                + " of its users, with the simulator's what-if settings (seeded)."));
        doc.add(new ReportDocument.Image("simulated p95 latency and queue wait against registered users", LATENCY_CHART_SVG));
        List<List<String>> rampRows = new ArrayList<>();
        for (LatencyRamp.Step s : ramp) {
            rampRows.add(List.of(String.format(Locale.ROOT, "%,d", s.users()), seconds(s.webP95LatencySeconds()),
                    seconds(s.interactiveP95WaitSeconds()), seconds(s.modelInteractiveP95WaitSeconds())));
        }
        doc.add(new ReportDocument.Table(List.of("users", "web p95 latency s (simulated)", "interactive p95 wait s (simulated)",
                "interactive p95 wait s (model)"), rampRows));

        doc.add(new ReportDocument.Heading(2, "The plan, every number with its reason"));
        doc.add(new ReportDocument.Code("text", planText));
        return doc;
    }

    /** The compute of a simulated working day, priced at the replica-hours its autoscalers asked for. */
    private static void workingDay(ReportDocument doc, ScenarioReport day, List<DayCost> dayCost) {
        doc.add(new ReportDocument.Heading(2, "A working day at the simulated replica-hours"));
        doc.add(new ReportDocument.Paragraph(String.format(Locale.ROOT, "24 hours of the default working-day curve (peak active share %.0f%%), "
                + "dashboard views as batches of charts, the autoscalers with the plan's settings and %s start delays (seeded). "
                + "Compute per month if every day is like it, beside each pool at its floor and at its peak all month; databases, "
                + "Redis and the network do not follow the day. %s", day.scenario().curve().peakShare() * 100,
                day.scenario().platform().label(), day.meetsTargets() ? "Every pool held its target over the day and in its worst hour."
                        : "Missed: " + String.join("; ", day.misses()) + ".")));
        List<List<String>> pools = new ArrayList<>();
        for (ScenarioReport.PoolResult p : day.pools()) {
            pools.add(List.of(p.name(), p.measure(), seconds(p.p95Seconds()), seconds(p.worstHourP95Seconds()), seconds(p.worstFiveMinuteP95Seconds()),
                    seconds(p.targetSeconds()), String.valueOf(p.minutesOutside()), String.format(Locale.ROOT, "%.1f", p.replicaHours()),
                    String.format(Locale.ROOT, "%.1f", p.alwaysPeakReplicaHours()), String.valueOf(p.scaleEvents())));
        }
        doc.add(new ReportDocument.Table(List.of("pool", "measure", "p95 day s", "worst hour s", "worst 5 min s", "target s", "minutes outside",
                "replica-hours", "always peak", "scale events"), pools));
        for (DayCost t : dayCost) {
            List<List<String>> rows = new ArrayList<>();
            for (DayCost.Pool p : t.pools()) {
                rows.add(List.of(p.component(), String.format(Locale.ROOT, "%.1f", p.replicaHoursPerDay()), money(p.floor()), money(p.day()),
                        money(p.peak())));
            }
            rows.add(List.of("compute total", "", money(t.floor()), money(t.day()), money(t.peak())));
            doc.add(new ReportDocument.Heading(3, "Working-day compute: " + t.target().toUpperCase(Locale.ROOT) + " " + t.region()));
            doc.add(new ReportDocument.Table(List.of("pool", "replica-hours per day", "floor", "simulated day", "peak"), rows));
        }
    }

    private static void guide(ReportDocument doc, GuideComparison g) {
        doc.add(new ReportDocument.Heading(3, "The guide's 10,000-user configuration beside the plan"));
        doc.add(new ReportDocument.Paragraph(String.format(Locale.ROOT, "The guide runs %d web instances and %d Celery processes on 8 machines; "
                + "under the capacity model they carry %,d users (next to break: %s). The plan runs %d web replicas and %d processes at "
                + "peak and carries %,d users (next to break: %s). Where the guide names no size, the plan's is used.",
                g.guideWebReplicas(), g.guideWorkerProcesses(), g.guideCarries().users(), g.guideCarries().limitedBy(), g.planWebReplicas(),
                g.planWorkerProcesses(), g.planCarries().users(), g.planCarries().limitedBy())));
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < g.guide().size(); i++) {
            TargetCost guide = g.guide().get(i);
            TargetCost plan = g.plan().get(i);
            List<String> row = new ArrayList<>(List.of(guide.target() + " " + guide.region(), money(guide.floor()), money(guide.peak()),
                    money(plan.floor()), money(plan.peak())));
            if (!g.planAtEqualCapacity().isEmpty()) {
                row.add(money(g.guideAtEqualCapacity().get(i).peak()));
                row.add(money(g.planAtEqualCapacity().get(i).peak()));
            }
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("target", "guide floor", "guide peak", "plan floor", "plan peak"));
        if (!g.planAtEqualCapacity().isEmpty()) {
            header.add(String.format(Locale.ROOT, "guide peak at %,d users", g.guideCarries().users()));
            header.add(String.format(Locale.ROOT, "plan peak at %,d users", g.guideCarries().users()));
        }
        doc.add(new ReportDocument.Table(header, rows));
    }

    private static String money(double usd) {
        return String.format(Locale.ROOT, "$%,.2f", usd);
    }

    private static String perUser(double usd) {
        return String.format(Locale.ROOT, "$%.4f", usd);
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
