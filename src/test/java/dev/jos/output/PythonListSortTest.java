package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PythonListSort must order lists as CPython's list.sort does and make the very same
 * comparisons, even under an inconsistent relation (sort-golden.json, from
 * generate_sort_golden.py).
 */
class PythonListSortTest {

    private static final long MODULUS = 2147483647L;

    /** An item of the golden lists: its position in the input and its key. */
    private static final class Item {
        final int id;
        final int key;

        Item(int id, int key) {
            this.id = id;
            this.key = key;
        }
    }

    /** Records every comparison, as the Python side does. */
    private static final class Trace {
        long hash;
        int count;

        boolean record(Item a, Item b, boolean result) {
            hash = (hash * 1000003L + a.id * 4099L + b.id * 2L + (result ? 1 : 0)) % MODULUS;
            count++;
            return result;
        }
    }

    @TestFactory
    Stream<DynamicTest> matchesCpython() throws IOException {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/cliff-golden/sort-golden.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode golden : cases) {
            tests.add(DynamicTest.dynamicTest(golden.get("name").asText(), () -> check(golden)));
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void check(JsonNode golden) {
        List<Item> items = new ArrayList<>();
        JsonNode keys = golden.get("keys");
        for (int i = 0; i < keys.size(); i++) {
            items.add(new Item(i, keys.get(i).asInt()));
        }
        boolean scrambled = golden.get("relation").asText().equals("scrambled");
        Trace trace = new Trace();
        PythonListSort.sort(items, (a, b) -> trace.record(a, b, scrambled
                ? (a.id * 7919L + b.id * 104729L) % 13 < 6
                : a.key < b.key), golden.get("reverse").asBoolean());

        List<Integer> expectedOrder = new ArrayList<>();
        golden.get("order").forEach(n -> expectedOrder.add(n.asInt()));
        List<Integer> order = new ArrayList<>();
        items.forEach(item -> order.add(item.id));
        assertEquals(expectedOrder, order, "order");
        assertEquals(golden.get("comparisons").asInt(), trace.count, "comparisons");
        assertEquals(golden.get("trace").asLong(), trace.hash, "sequence of comparisons");
    }
}
