package dev.superscale.cost;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import dev.superscale.capacity.InvalidInputException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A dated price table: the targets it prices and one row per priced unit, each with its source
 * page and the date it was read. Loaded from JSON ({@link PriceTableReader}); the bundled table
 * is {@code dev/superscale/cost/prices.json}.
 *
 * @param source        where the table was loaded from (a file name, or "bundled prices.json")
 * @param currency      the currency of every row (USD)
 * @param hoursPerMonth hours a month is billed for (730: 8,760 / 12)
 * @param targets       the targets priced, in table order
 * @param rows          every price, in table order
 */
public record PriceTable(String source, String currency, double hoursPerMonth, List<PricedTarget> targets, List<PriceRow> rows) {

    /** A target the table prices. */
    public record PricedTarget(String id, String region, String name) {
    }

    static final String BUNDLED = "prices.json";

    public PriceTable {
        targets = List.copyOf(targets);
        rows = List.copyOf(rows);
    }

    /** The table shipped with Superscale. */
    public static PriceTable bundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + BUNDLED + " is missing from the classpath");
            }
            return PriceTableReader.read(in, "bundled " + BUNDLED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A user's table (another region, negotiated rates); a bad file throws InvalidInputException naming the row and field. */
    public static PriceTable load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PriceTableReader.read(in, "--prices " + file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("--prices " + file + ": no such file");
        } catch (IOException e) {
            throw new InvalidInputException("--prices " + file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Rows of one target and service, cheapest first (ties by id, so the choice is stable). */
    public List<PriceRow> rows(String target, PricedService service) {
        return rows.stream().filter(r -> r.target().equals(target) && r.service() == service)
                .sorted(Comparator.comparingDouble(PriceRow::usd).thenComparing(PriceRow::id)).toList();
    }

    /** The one row of a target, service, unit and capacity kind, if the table has it. */
    public Optional<PriceRow> row(String target, PricedService service, PriceUnit unit, boolean spot) {
        return rows(target, service).stream().filter(r -> r.unit() == unit && r.spot() == spot).findFirst();
    }

    public boolean has(String target, PricedService service) {
        return !rows(target, service).isEmpty();
    }

    /** The oldest date any row was read: the table is at least this old. */
    public String oldestRead() {
        return rows.stream().map(PriceRow::read).min(Comparator.naturalOrder()).orElse("");
    }

    public long estimates() {
        return rows.stream().filter(PriceRow::estimate).count();
    }
}
