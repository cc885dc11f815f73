package dev.jos.session.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `auth:` in clouds.yaml that is not a mapping: openstacksdk's _auth_update calls dict.update
 * on it, and OSC prints Python's error and exits 1, even when OS_* variables give every setting.
 * Expected texts are OSC 6.0's output for the same files.
 */
class AuthNotAMappingTest {
    @TempDir
    Path root;

    private String error(String auth) {
        Fixture f = new Fixture(root).operatorSh().env("OS_CLOUD", "lab")
                .homeClouds("clouds:\n  lab:\n    auth: " + auth + "\n");
        return assertThrows(ConfigException.class, f::load).getMessage();
    }

    @Test
    void pythonsDictUpdateErrors() {
        assertEquals("dictionary update sequence element #0 has length 1; 2 is required", error("nope"));
        assertEquals("dictionary update sequence element #0 has length 3; 2 is required", error("[[a, b, c]]"));
        assertEquals("cannot convert dictionary update sequence element #0 to a sequence", error("[1]"));
        assertEquals("'bool' object is not iterable", error("true"));
        assertEquals("'float' object is not iterable", error("1.5"));
        assertEquals("'int' object is not iterable", error("3"));
        assertEquals("'NoneType' object is not iterable", error(""));
    }

    @Test
    void emptyValuesUpdateNothing() throws Exception {
        for (String auth : new String[] {"''", "{}", "[]"}) {
            new Fixture(root).operatorSh().env("OS_CLOUD", "lab")
                    .homeClouds("clouds:\n  lab:\n    auth: " + auth + "\n").load();
        }
    }
}
