package dev.superscale.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.superscale.capacity.CapacityPlan;
import dev.superscale.cost.CostReport;

/** The plan as JSON: records in declaration order, so the output is stable; the cost report under "cost". */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private PlanJson() {
    }

    public static String write(CapacityPlan plan) {
        try {
            return MAPPER.writeValueAsString(plan) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan could not be written as JSON", e);
        }
    }

    public static String write(CapacityPlan plan, CostReport cost) {
        ObjectNode root = MAPPER.valueToTree(plan);
        root.set("cost", MAPPER.valueToTree(cost));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the plan could not be written as JSON", e);
        }
    }
}
