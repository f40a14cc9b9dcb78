package dev.superscale.report;

import java.util.ArrayList;
import java.util.List;

/** The report as a list of blocks, rendered the same way to Markdown and to a self-contained HTML page. */
final class ReportDocument {

    sealed interface Block {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** Preformatted text; {@code language} "mermaid" marks the diagram source. */
    record Code(String language, String text) implements Block {
    }

    record Image(String alt, String file) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    ReportDocument add(Block block) {
        blocks.add(block);
        return this;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (b instanceof Paragraph p) {
                out.append(p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                {
                    out.append("| ").append(String.join(" | ", t.header())).append(" |\n");
                    out.append("|").append(" --- |".repeat(t.header().size())).append('\n');
                    for (List<String> row : t.rows()) {
                        out.append("| ").append(String.join(" | ", row.stream().map(c -> c.replace("|", "\\|")).toList())).append(" |\n");
                    }
                    out.append('\n');
                }
            } else if (b instanceof Code c) {
                out.append("```").append(c.language()).append('\n').append(c.text().stripTrailing()).append("\n```\n\n");
            } else if (b instanceof Image i) {
                out.append("![").append(i.alt()).append("](").append(i.file()).append(")\n\n");
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    String html(String title) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body { font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #202124; }\n")
                .append("table { border-collapse: collapse; margin: 1em 0; font-size: 13px; }\n")
                .append("td, th { border: 1px solid #ccc; padding: 3px 8px; text-align: left; }\n")
                .append("pre { background: #f6f8fa; padding: 1em; overflow-x: auto; font-size: 12px; }\n")
                .append("img { display: block; margin: 1em 0; border: 1px solid #eee; max-width: 100%; height: auto; }\n")
                .append("</style>\n</head>\n<body>\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (b instanceof Table t) {
                {
                    out.append("<table>\n<tr>");
                    t.header().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
                    out.append("</tr>\n");
                    for (List<String> row : t.rows()) {
                        out.append("<tr>");
                        row.forEach(c -> out.append("<td>").append(escape(c)).append("</td>"));
                        out.append("</tr>\n");
                    }
                    out.append("</table>\n");
                }
            } else if (b instanceof Code c) {
                out.append("<pre class=\"").append(escape(c.language())).append("\">").append(escape(c.text())).append("</pre>\n");
            } else if (b instanceof Image i) {
                out.append("<img id=\"").append(escape(i.file().replace(".svg", ""))).append("\" src=\"").append(escape(i.file()))
                        .append("\" alt=\"").append(escape(i.alt())).append("\">\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
