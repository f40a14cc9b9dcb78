package dev.superscale.render;

/** Python literals for rendered source. */
final class Python {

    private Python() {
    }

    /** A double-quoted Python string literal. */
    static String str(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static String bool(boolean value) {
        return value ? "True" : "False";
    }
}
