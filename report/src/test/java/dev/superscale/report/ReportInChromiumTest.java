package dev.superscale.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.superscale.capacity.CapacityPlanner;
import dev.superscale.capacity.UserLoad;
import dev.superscale.cost.PriceTable;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the 10k report the way a person would: Debian's Chromium, headless, renders report.html
 * to a PNG, and the PNG must show each chart's own colours (its bars, lines and boxes), not an
 * empty frame or a broken-image icon. The PNG is kept in target/ to look at.
 */
class ReportInChromiumTest {

    private static final int MIN_PIXELS = 400;

    @TempDir
    Path dir;

    @Test
    void theTenThousandUserReportRendersWithItsChartsAndDiagram() throws Exception {
        Path chromium = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser")).stream().filter(Files::isExecutable)
                .findFirst().orElse(null);
        assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        Path report = dir.resolve("report");
        ReportWriter.write(CapacityPlanner.planFor(UserLoad.ofUsers(10_000)), "plan text", PriceTable.bundled(), report, m -> { });
        Path png = Path.of("target", "report-10k.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        Process process = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1200,5200", "--screenshot=" + png,
                report.resolve(ReportWriter.HTML).toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(Files.exists(png)).as("screenshot written; chromium said: " + Files.readString(dir.resolve("chromium.log"))).isTrue();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(pixels(image, ChartColors.NODE)).as("topology boxes").isGreaterThan(MIN_PIXELS);
        assertThat(pixels(image, ChartColors.AWS)).as("AWS bars of the cost-per-user chart").isGreaterThan(MIN_PIXELS);
        assertThat(pixels(image, ChartColors.GCP)).as("GCP bars of the cost-per-user chart").isGreaterThan(MIN_PIXELS);
        assertThat(pixels(image, ChartColors.WEB)).as("web latency line").isGreaterThan(MIN_PIXELS / 4);
        assertThat(pixels(image, ChartColors.INTERACTIVE)).as("queue wait line").isGreaterThan(MIN_PIXELS / 4);
    }

    /** Pixels within a small distance of a colour (anti-aliasing blends the edges). */
    private static long pixels(BufferedImage image, Color color) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int dr = ((rgb >> 16) & 0xFF) - color.getRed();
                int dg = ((rgb >> 8) & 0xFF) - color.getGreen();
                int db = (rgb & 0xFF) - color.getBlue();
                if (dr * dr + dg * dg + db * db < 300) {
                    count++;
                }
            }
        }
        return count;
    }
}
