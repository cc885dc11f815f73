package dev.jos.parity;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * What every parity class needs: the lab (failing, never skipping, when it is down), a harness
 * that runs jos and OSC, and the lab admin's openrc. JUnit runs these before a subclass's own
 * setup and after its own clean-up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LabParity {
    protected ParityHarness h;
    protected Map<String, String> admin;

    @BeforeAll
    final void startHarness() {
        Lab.require();
        h = ParityHarness.forClass(getClass());
        admin = Lab.adminRc();
    }

    @AfterAll
    final void closeHarness() {
        if (h != null) {
            h.close();
        }
    }
}
