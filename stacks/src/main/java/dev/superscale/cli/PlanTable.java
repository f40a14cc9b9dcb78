package dev.superscale.cli;

import dev.superscale.capacity.CapacityPlan;
import dev.superscale.capacity.Choice;
import dev.superscale.capacity.Format;
import dev.superscale.capacity.Measure;
import dev.superscale.capacity.QueuePrediction;
import dev.superscale.capacity.ServiceMix;
import dev.superscale.capacity.Sized;
import dev.superscale.capacity.UserLoad;
import dev.superscale.capacity.WorkerGroupPlan;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;

/**
 * The plan as a readable table: one section per part of the plan, one row per number with
 * its unit and reason. Walks the plan's records, so a field added to the plan shows up here
 * without a change.
 */
public final class PlanTable {

    private static final int NAME_WIDTH = 44;
    private static final int VALUE_WIDTH = 22;

    private PlanTable() {
    }

    public static String render(CapacityPlan plan) {
        StringBuilder out = new StringBuilder();
        UserLoad load = plan.load();
        out.append(String.format(Locale.ROOT, "Superscale capacity plan for %,d registered users%n", load.registeredUsers()));
        out.append(String.format(Locale.ROOT, "Chart queries: %s%n", plan.chartQueryModeReason().reason()));
        for (RecordComponent component : CapacityPlan.class.getRecordComponents()) {
            String name = component.getName();
            Object value = read(component, plan);
            switch (name) {
                case "load", "chartQueryMode", "chartQueryModeReason", "notes" -> { }
                case "workerGroups" -> {
                    for (WorkerGroupPlan group : plan.workerGroups()) {
                        section(out, "Celery worker group '" + group.queue() + "'");
                        rows(out, "", group);
                    }
                }
                default -> {
                    if (value instanceof Sized || value instanceof Measure) {
                        section(out, title(name));
                        row(out, title(name), value);
                    } else {
                        section(out, title(name));
                        rows(out, "", value);
                    }
                }
            }
        }
        section(out, "Notes");
        if (plan.notes().isEmpty()) {
            out.append("  (none: every target is met and the plan is inside the guide's envelope where it applies)\n");
        }
        for (String note : plan.notes()) {
            out.append("  - ").append(note).append('\n');
        }
        return out.toString();
    }

    private static void rows(StringBuilder out, String prefix, Object record) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = read(component, record);
            String name = prefix + title(component.getName());
            if (value instanceof ServiceMix mix) {
                for (ServiceMix.Stream stream : mix.streams()) {
                    row(out, prefix + "demand: " + stream.name(), String.format(Locale.ROOT, "%s/s x %s s",
                            Format.decimal(stream.ratePerSecond()), Format.decimal(stream.serviceSeconds().mean())),
                            "arrival rate x mean service time (lognormal, p95 "
                                    + Format.decimal(stream.serviceSeconds().quantile(0.95)) + " s)");
                }
            } else if (value instanceof QueuePrediction prediction) {
                row(out, name, String.format(Locale.ROOT, "p95 wait %s s", Format.decimal(prediction.p95WaitSeconds())),
                        String.format(Locale.ROOT, "%d servers, %s Erlangs offered, %s busy, P(wait) %s, mean wait %s s",
                                prediction.servers(), Format.decimal(prediction.offeredLoad()), Format.percent(prediction.utilization()),
                                Format.decimal(prediction.waitProbability()), Format.decimal(prediction.meanWaitSeconds())));
            } else if (value instanceof Sized || value instanceof Measure || value instanceof Choice) {
                row(out, name, value);
            } else if (value instanceof Record nested) {
                rows(out, name + ": ", nested);
            } else if (value instanceof List<?> list) {
                row(out, name, list.size() + " items", list.toString());
            } else if (value != null && !(value instanceof String && component.getName().equals("queue"))) {
                row(out, name, value.toString(), "");
            }
        }
    }

    private static void row(StringBuilder out, String name, Object value) {
        String reason = value instanceof Sized sized ? sized.reason()
                : value instanceof Measure measure ? measure.reason()
                : ((Choice) value).reason();
        row(out, name, value.toString(), reason);
    }

    private static void row(StringBuilder out, String name, String value, String reason) {
        out.append(String.format(Locale.ROOT, "  %-" + NAME_WIDTH + "s %-" + VALUE_WIDTH + "s %s", name, value, reason).stripTrailing())
                .append('\n');
    }

    private static void section(StringBuilder out, String title) {
        out.append('\n').append(title).append('\n');
    }

    /** camelCase to "Camel case". */
    static String title(String name) {
        String spaced = (" " + name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + " ")
                .replace(" mi b", " MiB").replace(" gi b", " GiB").replace(" vcpu ", " vCPU ").replace(" cpu ", " CPU ")
                .replace(" sql lab ", " SQL Lab ").replace(" pg bouncer ", " PgBouncer ").replace(" ttl ", " TTL ")
                .replace(" ha ", " HA ").replace(" mi bper ", " MiB per ").replace(" redis ", " Redis ").replace(" postgres ", " Postgres ")
                .replace(" celery ", " Celery ").trim();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
