package dev.superscale.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.superscale.capacity.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a price table from JSON. The first problem ends the read with one line naming the file,
 * the row (number and id) and the field, what was found and what is allowed: a table is either
 * wholly usable or refused.
 */
final class PriceTableReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> ROW_FIELDS = Set.of("id", "target", "region", "service", "unit", "usd", "capacity", "offering",
            "vcpu", "memoryGiB", "usableMemoryGiB", "minMemoryGiB", "nodesPerUnit", "unitGiBPerHour", "perZone", "source", "read",
            "estimate", "note");

    private PriceTableReader() {
    }

    static PriceTable read(InputStream in, String sourceName) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidInputException(sourceName + ": not valid JSON" + where + " (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(sourceName + ": expected a JSON object with \"currency\", \"hoursPerMonth\", \"targets\" and \"rows\"");
        }
        if (root.path("schema").asInt(-1) != 1) {
            throw fail(sourceName, "field 'schema' must be 1, got " + root.get("schema"));
        }
        String currency = root.path("currency").asText("");
        if (!currency.equals("USD")) {
            throw fail(sourceName, "field 'currency' must be \"USD\" (every row is in US dollars), got " + root.get("currency"));
        }
        JsonNode hours = root.get("hoursPerMonth");
        if (hours == null || !hours.isNumber() || hours.asDouble() < 672 || hours.asDouble() > 744) {
            throw fail(sourceName, "field 'hoursPerMonth' must be a number from 672 to 744 (a month's hours), got " + hours);
        }
        List<PriceTable.PricedTarget> targets = targets(sourceName, root.get("targets"));
        Set<String> targetIds = new HashSet<>();
        targets.forEach(t -> targetIds.add(t.id()));
        JsonNode rowsNode = root.get("rows");
        if (rowsNode == null || !rowsNode.isArray() || rowsNode.isEmpty()) {
            throw fail(sourceName, "field 'rows' must be a non-empty array of price rows");
        }
        List<PriceRow> rows = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rowsNode.size(); i++) {
            PriceRow row = row(sourceName, i + 1, rowsNode.get(i), targetIds);
            if (!ids.add(row.id())) {
                throw new InvalidInputException(sourceName + ": row " + (i + 1) + " (" + row.id() + "): field 'id' repeats an earlier row's id");
            }
            rows.add(row);
        }
        return new PriceTable(sourceName, currency, hours.asDouble(), targets, rows);
    }

    private static List<PriceTable.PricedTarget> targets(String sourceName, JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw fail(sourceName, "field 'targets' must be a non-empty array of {\"id\", \"region\", \"name\"}");
        }
        List<PriceTable.PricedTarget> targets = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode t = node.get(i);
            String where = "target " + (i + 1);
            targets.add(new PriceTable.PricedTarget(text(sourceName, where, t, "id", true), text(sourceName, where, t, "region", true),
                    text(sourceName, where, t, "name", true)));
        }
        return targets;
    }

    private static PriceRow row(String sourceName, int number, JsonNode node, Set<String> targetIds) {
        String where = "row " + number;
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(sourceName + ": " + where + ": expected an object, got " + node);
        }
        String id = text(sourceName, where, node, "id", true);
        where = where + " (" + id + ")";
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!ROW_FIELDS.contains(name)) {
                throw new InvalidInputException(sourceName + ": " + where + ": unknown field '" + name + "' (allowed: "
                        + String.join(", ", ROW_FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String target = text(sourceName, where, node, "target", true);
        if (!targetIds.contains(target)) {
            throw field(sourceName, where, "target", "'" + target + "' is not listed in 'targets' (" + String.join(", ", targetIds.stream().sorted().toList()) + ")");
        }
        String serviceName = text(sourceName, where, node, "service", true);
        PricedService service = PricedService.fromJsonName(serviceName);
        if (service == null) {
            throw field(sourceName, where, "service", "'" + serviceName + "' is not one of " + PricedService.names());
        }
        String unitName = text(sourceName, where, node, "unit", true);
        PriceUnit unit = PriceUnit.fromJsonName(unitName);
        if (unit == null) {
            throw field(sourceName, where, "unit", "'" + unitName + "' is not one of " + PriceUnit.names());
        }
        double usd = number(sourceName, where, node, "usd", true);
        if (!(usd > 0)) {
            throw field(sourceName, where, "usd", "must be above 0, got " + node.get("usd"));
        }
        String capacity = node.has("capacity") ? text(sourceName, where, node, "capacity", true) : "on-demand";
        if (!capacity.equals("on-demand") && !capacity.equals("spot")) {
            throw field(sourceName, where, "capacity", "'" + capacity + "' is not one of on-demand, spot");
        }
        double vcpu = number(sourceName, where, node, "vcpu", false);
        double memory = number(sourceName, where, node, "memoryGiB", false);
        if (unit == PriceUnit.INSTANCE_HOUR && memory <= 0) {
            throw field(sourceName, where, "memoryGiB", "an instance-hour row needs the instance's memory (a number above 0)");
        }
        if (unit == PriceUnit.INSTANCE_HOUR && (service == PricedService.MACHINE || service == PricedService.DATABASE) && vcpu <= 0) {
            throw field(sourceName, where, "vcpu", "a machine or database instance row needs its vCPU count (a number above 0)");
        }
        double usable = number(sourceName, where, node, "usableMemoryGiB", false);
        if (usable > memory && memory > 0) {
            throw field(sourceName, where, "usableMemoryGiB", "must not exceed memoryGiB (" + memory + "), got " + usable);
        }
        double nodesPerUnit = node.has("nodesPerUnit") ? number(sourceName, where, node, "nodesPerUnit", true) : 1;
        if (nodesPerUnit < 1 || nodesPerUnit != Math.rint(nodesPerUnit)) {
            throw field(sourceName, where, "nodesPerUnit", "must be a whole number of at least 1, got " + node.get("nodesPerUnit"));
        }
        double unitGiB = number(sourceName, where, node, "unitGiBPerHour", false);
        if (unit == PriceUnit.UNIT_HOUR && unitGiB <= 0) {
            throw field(sourceName, where, "unitGiBPerHour", "a unit-hour row needs the GiB per hour one unit covers (a number above 0)");
        }
        boolean perZone = bool(sourceName, where, node, "perZone", false);
        String source = text(sourceName, where, node, "source", true);
        if (!source.startsWith("https://")) {
            throw field(sourceName, where, "source", "must be the https:// address of the page the price was read from, got '" + source + "'");
        }
        String read = text(sourceName, where, node, "read", true);
        try {
            LocalDate.parse(read);
        } catch (DateTimeParseException e) {
            throw field(sourceName, where, "read", "must be the date the price was read as YYYY-MM-DD, got '" + read + "'");
        }
        if (!node.has("estimate")) {
            throw field(sourceName, where, "estimate", "is required: true when the figure was not read off the page as quoted");
        }
        boolean estimate = bool(sourceName, where, node, "estimate", true);
        String offering = node.has("offering") ? text(sourceName, where, node, "offering", true) : id;
        String note = node.has("note") ? text(sourceName, where, node, "note", false) : "";
        return new PriceRow(id, target, text(sourceName, where, node, "region", true), service, unit, usd, capacity.equals("spot"), offering,
                vcpu, memory, usable, number(sourceName, where, node, "minMemoryGiB", false), (int) nodesPerUnit, unitGiB, perZone, source,
                read, estimate, note);
    }

    private static String text(String sourceName, String where, JsonNode node, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw field(sourceName, where, name, "is missing");
            }
            return "";
        }
        if (!value.isTextual() || (required && value.asText().isBlank())) {
            throw field(sourceName, where, name, "must be a non-empty string, got " + value);
        }
        return value.asText();
    }

    private static double number(String sourceName, String where, JsonNode node, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw field(sourceName, where, name, "is missing");
            }
            return 0;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < 0) {
            throw field(sourceName, where, name, "must be a number of at least 0, got " + value);
        }
        return value.asDouble();
    }

    private static boolean bool(String sourceName, String where, JsonNode node, String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw field(sourceName, where, name, "is missing");
            }
            return false;
        }
        if (!value.isBoolean()) {
            throw field(sourceName, where, name, "must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    private static InvalidInputException field(String sourceName, String where, String name, String problem) {
        return new InvalidInputException(sourceName + ": " + where + ": field '" + name + "' " + problem);
    }

    private static InvalidInputException fail(String sourceName, String problem) {
        return new InvalidInputException(sourceName + ": " + problem);
    }
}
