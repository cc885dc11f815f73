package dev.jos.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The part of prettytable 3.6.0 cliff uses: a header, a frame of {@code +---+}, one space of
 * padding, per-column alignment and maximum width, and cells wrapped with textwrap. Cells are
 * already Python {@code str()}ings.
 */
final class PrettyTable {

    enum Align { LEFT, CENTER, RIGHT }

    private final List<String> fieldNames;
    private final boolean printEmpty;
    private final Map<String, Align> align = new HashMap<>();
    private final Map<String, Integer> maxWidth = new HashMap<>();
    private final List<List<String>> rows = new ArrayList<>();

    PrettyTable(List<String> fieldNames, boolean printEmpty) {
        if (new HashSet<>(fieldNames).size() != fieldNames.size()) {
            throw new OutputException("Field names must be unique");
        }
        this.fieldNames = List.copyOf(fieldNames);
        this.printEmpty = printEmpty;
        for (String name : fieldNames) {
            align.put(name, Align.CENTER);
        }
    }

    List<String> fieldNames() {
        return fieldNames;
    }

    void setAlign(String field, Align alignment) {
        align.put(field, alignment);
    }

    void setMaxWidth(String field, int width) {
        maxWidth.put(field, width);
    }

    void addRow(List<String> row) {
        if (!fieldNames.isEmpty() && row.size() != fieldNames.size()) {
            throw new OutputException("Row has incorrect number of values, (actual) " + row.size()
                    + "!=" + fieldNames.size() + " (expected)");
        }
        rows.add(new ArrayList<>(row));
    }

    /**
     * The first line {@link #getString()} would print (the top border), or "" when it would print
     * nothing; cheaper than rendering, for cliff's width fitting.
     */
    String firstLine() {
        return rows.isEmpty() && !printEmpty ? "" : hrule(computeWidths());
    }

    String getString() {
        if (rows.isEmpty() && !printEmpty) {
            return "";
        }
        int[] widths = computeWidths();
        String hrule = hrule(widths);
        List<String> lines = new ArrayList<>();
        lines.add(header(widths, hrule));
        for (List<String> row : rows) {
            lines.add(row(row, widths));
        }
        lines.add(hrule);
        return String.join("\n", lines);
    }

    private int[] computeWidths() {
        int[] widths = new int[fieldNames.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = DisplayWidth.ofBlock(fieldNames.get(i));
        }
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                int cell = DisplayWidth.ofBlock(row.get(i));
                Integer max = maxWidth.get(fieldNames.get(i));
                widths[i] = Math.max(widths[i], max == null ? cell : Math.min(cell, max));
            }
        }
        return widths;
    }

    private static String hrule(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(Math.max(0, width + 2))).append('+');
        }
        if (widths.length == 0) {
            line.append('+');
        }
        return line.toString();
    }

    private String header(int[] widths, String hrule) {
        StringBuilder out = new StringBuilder(hrule).append("\n|");
        if (fieldNames.isEmpty()) {
            out.append('|');
        }
        for (int i = 0; i < widths.length; i++) {
            // the header never needs prettytable's truncation: widths start at its width
            String name = fieldNames.get(i);
            out.append(' ').append(justify(name, widths[i], align.get(name))).append(" |");
        }
        return out.append('\n').append(hrule).toString();
    }

    private String row(List<String> cells, int[] widths) {
        List<String[]> cellLines = new ArrayList<>();
        int height = 0;
        for (int i = 0; i < cells.size(); i++) {
            String[] lines = wrapCell(cells.get(i), widths[i]).split("\n", -1);
            cellLines.add(lines);
            height = Math.max(height, lines.length);
        }
        List<StringBuilder> out = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            out.add(new StringBuilder("|"));
        }
        for (int i = 0; i < cellLines.size(); i++) {
            String[] lines = cellLines.get(i);
            Align alignment = align.get(fieldNames.get(i));
            for (int y = 0; y < height; y++) {
                String line = y < lines.length ? lines[y] : "";
                out.get(y).append(' ').append(justify(line, widths[i], alignment)).append(" |");
            }
        }
        return String.join("\n", out);
    }

    private static String wrapCell(String value, int width) {
        String[] lines = value.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (DisplayWidth.of(lines[i]) > width) {
                lines[i] = TextWrap.fill(lines[i], width);
            }
        }
        return String.join("\n", lines);
    }

    /** prettytable's {@code _justify}; with a negative excess the text just overflows. */
    private static String justify(String text, int width, Align alignment) {
        int textWidth = DisplayWidth.of(text);
        int excess = width - textWidth;
        switch (alignment) {
            case LEFT:
                return text + spaces(excess);
            case RIGHT:
                return spaces(excess) + text;
            default:
                if (excess % 2 != 0) {
                    // like str.center(): the odd space goes right of odd-width text, else left
                    int half = Math.floorDiv(excess, 2);
                    return Math.floorMod(textWidth, 2) != 0
                            ? spaces(half) + text + spaces(half + 1)
                            : spaces(half + 1) + text + spaces(half);
                }
                return spaces(excess / 2) + text + spaces(excess / 2);
        }
    }

    private static String spaces(int count) {
        return count > 0 ? " ".repeat(count) : "";
    }
}
