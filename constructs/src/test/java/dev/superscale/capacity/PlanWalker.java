package dev.superscale.capacity;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: every Sized, Measure and Choice in a plan, by path (for example "web.maxReplicas"). */
final class PlanWalker {

    private PlanWalker() {
    }

    static Map<String, Object> figures(CapacityPlan plan) {
        Map<String, Object> figures = new LinkedHashMap<>();
        walk("", plan, figures);
        return figures;
    }

    static Map<String, Long> sizedValues(CapacityPlan plan) {
        Map<String, Long> values = new LinkedHashMap<>();
        figures(plan).forEach((path, figure) -> {
            if (figure instanceof Sized sized) {
                values.put(path, sized.value());
            }
        });
        return values;
    }

    private static void walk(String prefix, Object value, Map<String, Object> out) {
        if (value instanceof Sized || value instanceof Measure || value instanceof Choice) {
            out.put(prefix, value);
        } else if (value instanceof UserLoad || value instanceof ServiceMix || value instanceof QueuePrediction) {
            return;
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(prefix.isEmpty() ? component.getName() : prefix + "." + component.getName(), read(component, record), out);
            }
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                String key = element instanceof WorkerGroupPlan group ? group.queue() : Integer.toString(list.indexOf(element));
                walk(prefix + "[" + key + "]", element, out);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
