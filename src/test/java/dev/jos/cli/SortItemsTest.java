package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.jos.session.CommandException;
import dev.jos.json.Json;

class SortItemsTest {
    private static List<ObjectNode> items(String... namesAndDomains) {
        List<ObjectNode> out = new ArrayList<>();
        for (int i = 0; i < namesAndDomains.length; i += 2) {
            ObjectNode n = Json.object();
            n.put("name", namesAndDomains[i]);
            n.put("domain_id", namesAndDomains[i + 1]);
            out.add(n);
        }
        return out;
    }

    private static List<String> names(List<ObjectNode> items) {
        return items.stream().map(n -> n.get("name").asText()).toList();
    }

    @Test
    void sortsByKeysWithTheFirstKeyWinning() {
        List<ObjectNode> sorted = SortItems.sort(items("b", "d2", "a", "d2", "c", "d1"), "domain_id:desc,name");
        assertEquals(List.of("a", "b", "c"), names(sorted));
    }

    @Test
    void descendingKeepsEqualItemsInOrderLikePython() {
        List<ObjectNode> sorted = SortItems.sort(items("x", "d", "y", "d", "z", "e"), "domain_id:desc");
        assertEquals(List.of("z", "x", "y"), names(sorted));
    }

    @Test
    void badDirectionIsOscsMessage() {
        CommandException e = assertThrows(CommandException.class, () -> SortItems.sort(items("a", "d"), "name:up"));
        assertEquals("'up' is not a valid sort direction for sort key name, use 'asc' or 'desc' instead", e.getMessage());
    }
}
