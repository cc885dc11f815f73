package dev.jos.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected texts are what osc_lib 2.6.2's utils.format_* return for the same data. */
class OscFormatTest {

    @Test
    void formatDictSortsFlattensAndKeepsOscLibsStraySeparator() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("y", null);
        nested.put("x", "q");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", 2);
        data.put("a", nested);
        data.put("c", true);
        data.put("d", List.of(1, "z"));
        data.put("e", Map.of());
        assertEquals("a.x='q', a.y=, b='2', c='True', d='[1, 'z']', ", OscFormat.formatDict(data));
        assertEquals("", OscFormat.formatDict(Map.of()));
        assertNull(OscFormat.formatDict(null));
    }

    @Test
    void formatListSortsByCodePoint() {
        assertEquals("B, a, b, 가", OscFormat.formatList(List.of("b", "B", "a", "가")));
        assertEquals("x; y", OscFormat.formatList(List.of("x", "y"), "; "));
        assertNull(OscFormat.formatList(null));
    }

    @Test
    void formatListOfDictsIsOneLinePerDict() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", 1);
        first.put("a", "x");
        List<Map<String, Object>> data = new ArrayList<>(Arrays.asList(first, Map.of()));
        assertEquals("a='x', b='1'\n", OscFormat.formatListOfDicts(data));
    }

    @Test
    void formatDictOfListSkipsNoneLists() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("z", List.of("2", "1"));
        data.put("a", List.of());
        data.put("n", null);
        assertEquals("a=; z=1, 2", OscFormat.formatDictOfList(data));
    }

    @Test
    void columnsKeepOscLibsMachineForms() {
        assertEquals(Map.of(), new DictColumn(null).machine());
        assertEquals(Map.of(), new DictListColumn(null).machine());
        assertNull(new ListColumn(null).machine());
        assertNull(new ListDictColumn(null).machine());
        assertNull(new ListColumn(null).human());
        assertEquals(new DictColumn(Map.of("k", "v")), new DictColumn(Map.of("k", "v")));
    }
}
