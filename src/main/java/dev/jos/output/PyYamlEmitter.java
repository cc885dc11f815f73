package dev.jos.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A port of the parts of PyYAML 6.0's {@code yaml.emitter.Emitter} that safe_dump reaches with
 * default_flow_style=False: block collections, flow style only for empty ones, and scalars
 * plain, single- or double-quoted, folded at 80 columns. Not canonical, no anchors or tags,
 * allow_unicode off. Columns count code points, as Python's len() does.
 */
final class PyYamlEmitter {

    private static final int BEST_INDENT = 2;
    private static final int BEST_WIDTH = 80;
    private static final String SPECIAL_BREAKS = "\n\u0085\u2028\u2029";

    private final StringBuilder out = new StringBuilder();
    /** Stack of enclosing indents; null is "no indent yet", as Python's None. */
    private final List<Integer> indents = new ArrayList<>();
    private Integer indent;
    private int flowLevel;
    private int column;
    private boolean whitespace = true;
    private boolean indention = true;

    /** Analysis of one scalar (Python's ScalarAnalysis). */
    private static final class Analysis {
        boolean empty;
        boolean multiline;
        boolean allowFlowPlain = true;
        boolean allowBlockPlain = true;
        boolean allowSingleQuoted = true;
    }

    String emitDocument(PyYaml.Node root) {
        emitNode(root, false, false);
        writeIndent(); // document end
        return out.toString();
    }

    private void emitNode(PyYaml.Node node, boolean mappingContext, boolean simpleKey) {
        if (node instanceof PyYaml.Scalar) {
            increaseIndent(true, false);
            processScalar((PyYaml.Scalar) node, simpleKey);
            indent = indents.remove(indents.size() - 1);
        } else if (node instanceof PyYaml.Sequence) {
            List<PyYaml.Node> items = ((PyYaml.Sequence) node).items;
            if (flowLevel > 0 || items.isEmpty()) {
                emitEmptyFlow("[", "]");
            } else {
                emitBlockSequence(items, mappingContext);
            }
        } else {
            List<Map.Entry<PyYaml.Node, PyYaml.Node>> entries = ((PyYaml.Mapping) node).entries;
            if (flowLevel > 0 || entries.isEmpty()) {
                emitEmptyFlow("{", "}");
            } else {
                emitBlockMapping(entries);
            }
        }
    }

    /** Only empty collections are in flow style, so nothing goes between the brackets. */
    private void emitEmptyFlow(String open, String close) {
        writeIndicator(open, true, true, false);
        flowLevel++;
        increaseIndent(true, false);
        indent = indents.remove(indents.size() - 1);
        flowLevel--;
        writeIndicator(close, false, false, false);
    }

    private void emitBlockSequence(List<PyYaml.Node> items, boolean mappingContext) {
        // a sequence that is a mapping value is not indented further than its key
        increaseIndent(false, mappingContext && !indention);
        for (PyYaml.Node item : items) {
            writeIndent();
            writeIndicator("-", true, false, true);
            emitNode(item, false, false);
        }
        indent = indents.remove(indents.size() - 1);
    }

    private void emitBlockMapping(List<Map.Entry<PyYaml.Node, PyYaml.Node>> entries) {
        increaseIndent(false, false);
        for (Map.Entry<PyYaml.Node, PyYaml.Node> entry : entries) {
            writeIndent();
            if (isSimpleKey(entry.getKey())) {
                emitNode(entry.getKey(), true, true);
                writeIndicator(":", false, false, false);
            } else {
                writeIndicator("?", true, false, true);
                emitNode(entry.getKey(), true, false);
                writeIndent();
                writeIndicator(":", true, false, true);
            }
            emitNode(entry.getValue(), true, false);
        }
        indent = indents.remove(indents.size() - 1);
    }

    /**
     * Emitter.check_simple_key. PyYAML counts the prepared tag ({@code !!str}) in the length even
     * though it does not write it, so a key of 123 characters is already a complex one.
     */
    private boolean isSimpleKey(PyYaml.Node key) {
        if (key instanceof PyYaml.Scalar) {
            PyYaml.Scalar scalar = (PyYaml.Scalar) key;
            Analysis analysis = analyze(scalar.value);
            int length = ("!!" + scalar.tag).length() + PythonText.length(scalar.value);
            return length < 128 && !analysis.empty && !analysis.multiline;
        }
        // collections are keys only when empty ({} and []), and "!!map"/"!!seq" are short
        if (key instanceof PyYaml.Sequence) {
            return ((PyYaml.Sequence) key).items.isEmpty();
        }
        return ((PyYaml.Mapping) key).entries.isEmpty();
    }

    private void increaseIndent(boolean flow, boolean indentless) {
        indents.add(indent);
        if (indent == null) {
            indent = flow ? BEST_INDENT : 0;
        } else if (!indentless) {
            indent += BEST_INDENT;
        }
    }

    private void processScalar(PyYaml.Scalar scalar, boolean simpleKey) {
        Analysis analysis = analyze(scalar.value);
        boolean split = !simpleKey;
        boolean plainAllowed = flowLevel > 0 ? analysis.allowFlowPlain : analysis.allowBlockPlain;
        if (scalar.plainImplicit && !(simpleKey && (analysis.empty || analysis.multiline))
                && plainAllowed) {
            writePlain(scalar.value, split);
        } else if (analysis.allowSingleQuoted && !(simpleKey && analysis.multiline)) {
            writeSingleQuoted(scalar.value, split);
        } else {
            writeDoubleQuoted(scalar.value, split);
        }
    }

    private static boolean isBreak(int ch) {
        return SPECIAL_BREAKS.indexOf(ch) >= 0;
    }

    private static boolean isWhitespaceOrEnd(int[] text, int index) {
        return index >= text.length || "\0 \t\r\n\u0085\u2028\u2029".indexOf(text[index]) >= 0;
    }

    /** Emitter.analyze_scalar with allow_unicode off. */
    private static Analysis analyze(String scalar) {
        Analysis a = new Analysis();
        if (scalar.isEmpty()) {
            a.empty = true;
            a.allowFlowPlain = false;
            return a;
        }
        int[] text = scalar.codePoints().toArray();
        boolean blockIndicators = false;
        boolean flowIndicators = false;
        boolean lineBreaks = false;
        boolean specialCharacters = false;
        boolean leadingSpace = false;
        boolean leadingBreak = false;
        boolean trailingSpace = false;
        boolean trailingBreak = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        if (scalar.startsWith("---") || scalar.startsWith("...")) {
            blockIndicators = true;
            flowIndicators = true;
        }
        boolean precededByWhitespace = true;
        boolean followedByWhitespace = isWhitespaceOrEnd(text, 1);
        boolean previousSpace = false;
        boolean previousBreak = false;
        for (int index = 0; index < text.length; index++) {
            int ch = text[index];
            if (index == 0) {
                if ("#,[]{}&*!|>'\"%@`".indexOf(ch) >= 0) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
                if (ch == '?' || ch == ':') {
                    flowIndicators = true;
                    if (followedByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (ch == '-' && followedByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
            } else {
                if (",?[]{}".indexOf(ch) >= 0) {
                    flowIndicators = true;
                }
                if (ch == ':') {
                    flowIndicators = true;
                    if (followedByWhitespace) {
                        blockIndicators = true;
                    }
                }
                if (ch == '#' && precededByWhitespace) {
                    flowIndicators = true;
                    blockIndicators = true;
                }
            }
            if (isBreak(ch)) {
                lineBreaks = true;
            }
            if (!(ch == '\n' || (ch >= 0x20 && ch <= 0x7e))) {
                // printable non-ASCII would be fine with allow_unicode; without it all is special
                specialCharacters = true;
            }
            if (ch == ' ') {
                if (index == 0) {
                    leadingSpace = true;
                }
                if (index == text.length - 1) {
                    trailingSpace = true;
                }
                if (previousBreak) {
                    breakSpace = true;
                }
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(ch)) {
                if (index == 0) {
                    leadingBreak = true;
                }
                if (index == text.length - 1) {
                    trailingBreak = true;
                }
                if (previousSpace) {
                    spaceBreak = true;
                }
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = "\0 \t\r\n\u0085\u2028\u2029".indexOf(ch) >= 0;
            followedByWhitespace = isWhitespaceOrEnd(text, index + 2);
        }
        if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
        }
        if (breakSpace) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
            a.allowSingleQuoted = false;
        }
        if (spaceBreak || specialCharacters) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
            a.allowSingleQuoted = false;
        }
        if (lineBreaks) {
            a.allowFlowPlain = false;
            a.allowBlockPlain = false;
        }
        if (flowIndicators) {
            a.allowFlowPlain = false;
        }
        if (blockIndicators) {
            a.allowBlockPlain = false;
        }
        a.multiline = lineBreaks;
        return a;
    }

    private void write(String data) {
        out.append(data);
        column += PythonText.length(data);
    }

    private void writeIndicator(String indicator, boolean needWhitespace, boolean isWhitespace,
            boolean isIndention) {
        String data = whitespace || !needWhitespace ? indicator : " " + indicator;
        whitespace = isWhitespace;
        indention = indention && isIndention;
        write(data);
    }

    private void writeIndent() {
        int current = indent == null ? 0 : indent;
        if (!indention || column > current || (column == current && !whitespace)) {
            writeLineBreak(null);
        }
        if (column < current) {
            whitespace = true;
            write(" ".repeat(current - column));
        }
    }

    private void writeLineBreak(String data) {
        whitespace = true;
        indention = true;
        column = 0;
        out.append(data == null ? "\n" : data);
    }

    private static String slice(int[] text, int start, int end) {
        return new String(text, start, end - start);
    }

    private void writeSingleQuoted(String value, boolean split) {
        writeIndicator("'", true, false, false);
        int[] text = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            Integer ch = end < text.length ? text[end] : null;
            if (spaces) {
                if (ch == null || ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split && start != 0
                            && end != text.length) {
                        writeIndent();
                    } else {
                        write(slice(text, start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == null || !isBreak(ch)) {
                    if (text[start] == '\n') {
                        writeLineBreak(null);
                    }
                    for (int i = start; i < end; i++) {
                        writeLineBreak(text[i] == '\n' ? null : slice(text, i, i + 1));
                    }
                    writeIndent();
                    start = end;
                }
            } else if (ch == null || ch == ' ' || isBreak(ch) || ch == '\'') {
                if (start < end) {
                    write(slice(text, start, end));
                    start = end;
                }
            }
            if (ch != null && ch == '\'') {
                write("''");
                start = end + 1;
            }
            if (ch != null) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
        writeIndicator("'", false, false, false);
    }

    private static String escapeOf(int ch) {
        switch (ch) {
            case 0: return "0";
            case 0x07: return "a";
            case 0x08: return "b";
            case 0x09: return "t";
            case 0x0a: return "n";
            case 0x0b: return "v";
            case 0x0c: return "f";
            case 0x0d: return "r";
            case 0x1b: return "e";
            case '"': return "\"";
            case '\\': return "\\";
            case 0x85: return "N";
            case 0xa0: return "_";
            case 0x2028: return "L";
            case 0x2029: return "P";
            default: return null;
        }
    }

    private void writeDoubleQuoted(String value, boolean split) {
        writeIndicator("\"", true, false, false);
        int[] text = value.codePoints().toArray();
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            Integer ch = end < text.length ? text[end] : null;
            if (ch == null || ch == '"' || ch == '\\' || ch == 0x85 || ch == 0x2028
                    || ch == 0x2029 || ch == 0xfeff || !(ch >= 0x20 && ch <= 0x7e)) {
                if (start < end) {
                    write(slice(text, start, end));
                    start = end;
                }
                if (ch != null) {
                    String escape = escapeOf(ch);
                    if (escape != null) {
                        write("\\" + escape);
                    } else if (ch <= 0xff) {
                        write(String.format("\\x%02X", ch));
                    } else if (ch <= 0xffff) {
                        write(String.format("\\u%04X", ch));
                    } else {
                        write(String.format("\\U%08X", ch));
                    }
                    start = end + 1;
                }
            }
            if (end > 0 && end < text.length - 1 && (ch == ' ' || start >= end)
                    && column + (end - start) > BEST_WIDTH && split) {
                String data = slice(text, start, Math.max(start, end)) + "\\";
                if (start < end) {
                    start = end;
                }
                write(data);
                writeIndent();
                whitespace = false;
                indention = false;
                if (text[start] == ' ') {
                    write("\\");
                }
            }
        }
        writeIndicator("\"", false, false, false);
    }

    private void writePlain(String value, boolean split) {
        if (value.isEmpty()) {
            return;
        }
        if (!whitespace) {
            write(" ");
        }
        whitespace = false;
        indention = false;
        int[] text = value.codePoints().toArray();
        boolean spaces = false;
        boolean breaks = false;
        int start = 0;
        for (int end = 0; end <= text.length; end++) {
            Integer ch = end < text.length ? text[end] : null;
            if (spaces) {
                if (ch == null || ch != ' ') {
                    if (start + 1 == end && column > BEST_WIDTH && split) {
                        writeIndent();
                        whitespace = false;
                        indention = false;
                    } else {
                        write(slice(text, start, end));
                    }
                    start = end;
                }
            } else if (breaks) {
                if (ch == null || !isBreak(ch)) {
                    if (text[start] == '\n') {
                        writeLineBreak(null);
                    }
                    for (int i = start; i < end; i++) {
                        writeLineBreak(text[i] == '\n' ? null : slice(text, i, i + 1));
                    }
                    writeIndent();
                    whitespace = false;
                    indention = false;
                    start = end;
                }
            } else if (ch == null || ch == ' ' || isBreak(ch)) {
                write(slice(text, start, end));
                start = end;
            }
            if (ch != null) {
                spaces = ch == ' ';
                breaks = isBreak(ch);
            }
        }
    }
}
