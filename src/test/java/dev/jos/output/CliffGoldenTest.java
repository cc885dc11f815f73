package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of cases.json in every format it lists must print byte for byte what cliff printed
 * (expected/*.out), fail with cliff's message (*.err) and warn as cliff logged (*.warn).
 */
class CliffGoldenTest {

    @TestFactory
    Stream<DynamicTest> matchesCliff() {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldenCase golden : GoldenCase.load()) {
            for (String format : golden.formats()) {
                tests.add(DynamicTest.dynamicTest(golden.name + " -f " + format,
                        () -> check(golden, format)));
            }
        }
        assertFalse(tests.isEmpty(), "no golden cases found");
        return tests.stream();
    }

    private static void check(GoldenCase golden, String format) {
        String expectedOut = golden.expected(format, "out");
        assertFalse(expectedOut == null, "missing golden file; run generate.py");
        StringWriter stdout = new StringWriter();
        List<String> warnings = new ArrayList<>();
        String error = null;
        OutputPrinter printer = new OutputPrinter(warnings::add);
        try (PrintWriter out = new PrintWriter(stdout)) {
            OutputOptions options = golden.options(format);
            if (golden.list) {
                printer.printList(golden.table(), options, out);
            } else {
                printer.printShow(golden.record(), options, out);
            }
        } catch (OutputException e) {
            error = e.getMessage();
        }
        assertEquals(expectedOut, stdout.toString(), "stdout");
        assertEquals(golden.expected(format, "err"), error, "error");
        String expectedWarnings = golden.expected(format, "warn");
        String actualWarnings = warnings.isEmpty() ? null
                : String.join("\n", warnings) + "\n";
        assertEquals(expectedWarnings, actualWarnings, "warnings");
    }
}
