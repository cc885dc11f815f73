package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.Cli.Result;
import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * keypair create/list/show/delete against OSC on the lab: each tool imports, generates and
 * deletes its own keypairs (of the admin user), the generated keys and their fingerprints
 * normalized; bad input compared for message and exit code.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeypairParityIT extends LabParity {
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----\n[\\s\\S]*?-----END \\1-----\n?");
    private static final Pattern FINGERPRINT = Pattern.compile("\\b(?:[0-9a-f]{2}:){15}[0-9a-f]{2}\\b");
    private static final List<String> BASES = List.of("imp", "imp 2", "gen", "genfile", "badfile", "dirfile", "del1", "del2");

    private Sides copies;
    private Path publicKey;

    @BeforeAll
    void lab() throws IOException, InterruptedException {
        copies = new Sides(h, admin);
        publicKey = h.root().resolve("id_test.pub");
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "jos@parity",
                "-f", h.root().resolve("id_test").toString()).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), new String(p.getInputStream().readAllBytes()));
    }

    @AfterAll
    void cleanUp() {
        if (h != null && copies != null) {
            copies.deleteQuietly("keypair", BASES.toArray(String[]::new));
        }
    }

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    /** Generated keys and fingerprints differ by nature: compare their shape only. */
    private static Pair keysNormalized(Pair p) {
        return new Pair(keysNormalized(p.jos()), keysNormalized(p.osc()));
    }

    private static Result keysNormalized(Result r) {
        return new Result(r.tool(), r.argv(), r.exit(), keys(r.stdout()), keys(r.stderr()), r.millis());
    }

    private static String keys(String s) {
        s = PEM.matcher(s).replaceAll("<PEM $1>\n");
        return FINGERPRINT.matcher(s).replaceAll("<fingerprint>");
    }

    private Pair each(String... argsWithName) {
        // the last argument is a base name, made each side's own
        return copies.run(admin, s -> {
            List<String> a = new ArrayList<>(List.of(argsWithName));
            a.set(a.size() - 1, n(s, a.get(a.size() - 1)));
            return a;
        });
    }

    @Test
    @Order(1)
    void importPublicKey() {
        Pair p = each("keypair", "create", "--public-key", publicKey.toString(), "imp");
        Sides.oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
        p = each("keypair", "create", "--public-key", publicKey.toString(), "-f", "json", "imp 2");
        Sides.oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(2)
    void duplicateNameIsNovasConflict() {
        Pair p = each("keypair", "create", "--public-key", publicKey.toString(), "imp");
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(3)
    void showAndPublicKeyOnly() {
        for (List<String> extra : List.of(List.<String>of(), List.of("-f", "json"), List.of("-f", "value"),
                List.of("--public-key"), List.of("--public-key", "-f", "json"), List.of("--user", "admin"))) {
            Pair p = copies.run(admin, s -> {
                List<String> a = new ArrayList<>(List.of("keypair", "show", n(s, "imp 2")));
                a.addAll(extra);
                return a;
            });
            Sides.oscExit(p, 0);
            h.assertParity(p, Compare.mapped());
        }
    }

    @Test
    @Order(4)
    void listsTheSameKeypairs() {
        // both tools list the same keypairs at the same moment: no mapping needed
        for (List<String> args : List.of(List.of("keypair", "list"), List.of("keypair", "list", "-f", "json"),
                List.of("keypair", "list", "--os-compute-api-version", "2.1"),
                List.of("keypair", "list", "--user", "admin"),
                List.of("keypair", "list", "--project", "admin", "-f", "csv"),
                List.of("keypair", "list", "--marker", "nosuch"),
                List.of("keypair", "list", "--limit", "1"),
                // openstacksdk notices the loop after printing two pages with the streaming formatters
                List.of("keypair", "list", "--limit", "1", "-f", "csv"),
                List.of("keypair", "list", "--limit", "1", "-f", "value"),
                List.of("keypair", "list", "--limit", "1", "-f", "value", "--sort-column", "Name"),
                List.of("keypair", "list", "--limit", "1", "--project", "admin", "-f", "csv"),
                List.of("keypair", "list", "--limit", "1", "--os-compute-api-version", "2.1"),
                List.of("keypair", "list", "--user", "no-such-user-kp"),
                List.of("keypair", "list", "--project", "admin", "--os-compute-api-version", "2.9"),
                List.of("keypair", "list", "--user", "admin", "--project", "admin"),
                List.of("keypair", "list", "--limit", "x"))) {
            h.parity(admin, args.toArray(String[]::new));
        }
    }

    @Test
    @Order(5)
    void nonAdminIsRefusedByNovaOrKeystone() {
        Map<String, String> demo = Lab.demoRc();
        for (List<String> args : List.of(List.of("keypair", "list", "--user", "admin", "-f", "csv"),
                List.of("keypair", "list", "--user", "admin"),
                List.of("keypair", "list", "--project", "admin"),
                List.of("keypair", "show", "x", "--user", "admin"))) {
            Pair p = h.both(demo, args.toArray(String[]::new));
            h.assertParity(p, Compare.exact());
            assertTrue(p.jos().exit() != 0, p.jos().describe());
        }
    }

    @Test
    @Order(5)
    void generatedKeyToStdout() {
        Pair p = each("keypair", "create", "gen");
        Sides.oscExit(p, 0);
        assertTrue(p.jos().stdout().startsWith("-----BEGIN "), p.jos().stdout());
        assertTrue(p.jos().stdout().endsWith("-----\n\n"), p.jos().stdout());
        h.assertParity(keysNormalized(p), Compare.mapped());
    }

    @Test
    @Order(6)
    void generatedKeyToFileIsPrivate() throws IOException {
        Pair p = copies.run(admin, s -> List.of("keypair", "create", "--private-key",
                h.root().resolve(s + "-key.pem").toString(), n(s, "genfile")));
        Sides.oscExit(p, 0);
        h.assertParity(keysNormalized(p), Compare.mapped());
        Path josKey = h.root().resolve(Sides.JOS + "-key.pem");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(josKey)));
        assertTrue(Files.readString(josKey).startsWith("-----BEGIN "));
    }

    @Test
    @Order(7)
    void badInput() throws IOException {
        Path notUtf8 = h.root().resolve("latin1.pub");
        Files.write(notUtf8, new byte[] {'s', 's', 'h', '-', 'r', 's', 'a', ' ', (byte) 0xe9, 't', 'e'});
        List<List<String>> cases = List.of(
                List.of("keypair", "create", "--public-key", notUtf8.toString(), "nokey"),
                List.of("keypair", "create", "--public-key", "/nonexistent/jos.pub", "nokey"),
                List.of("keypair", "create", "--public-key", h.root().toString(), "nokey"),
                List.of("keypair", "create", "--type", "x509", "--os-compute-api-version", "2.1", "nokey"),
                List.of("keypair", "create", "--user", "admin", "--os-compute-api-version", "2.9", "nokey"),
                List.of("keypair", "create", "--type", "rsa", "nokey"),
                List.of("keypair", "create", "--public-key", "a", "--private-key", "b", "nokey"),
                List.of("keypair", "create", "--public-key", publicKey.toString(), "bad/name"),
                List.of("keypair", "show", "no-such-keypair"),
                List.of("keypair", "show", "no such keypair"),
                List.of("keypair", "show", "x", "--user", "admin", "--os-compute-api-version", "2.9"),
                List.of("keypair", "show", "x", "--user", "no-such-user-kp"),
                List.of("keypair", "delete", "no-such-keypair"),
                List.of("keypair", "delete"));
        for (List<String> args : cases) {
            Pair p = h.both(admin, args.toArray(String[]::new));
            h.assertParity(p, Compare.mapped());
            assertTrue(p.jos().exit() != 0, p.jos().describe());
        }
    }

    @Test
    @Order(8)
    void unsavablePrivateKeyFileAfterCreating() {
        // OSC creates the keypair first, then fails to save it: so does jos
        Pair p = each("keypair", "create", "--private-key", "/nonexistent/dir/key.pem", "badfile");
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
        p = copies.run(admin, s -> List.of("keypair", "create", "--private-key", h.root().toString(), n(s, "dirfile")));
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
    }

    @Test
    @Order(9)
    void bulkDelete() {
        Pair setup = each("keypair", "create", "--public-key", publicKey.toString(), "del1");
        Sides.oscExit(setup, 0);
        setup = each("keypair", "create", "--public-key", publicKey.toString(), "del2");
        Sides.oscExit(setup, 0);
        Pair p = copies.run(admin, s -> List.of("keypair", "delete", n(s, "del1"), "no-such-keypair", n(s, "del2")));
        Sides.oscExit(p, 1);
        h.assertParity(p, Compare.mapped());
        p = copies.run(admin, s -> List.of("keypair", "delete", n(s, "imp"), n(s, "imp 2"), n(s, "gen"), n(s, "genfile"),
                n(s, "badfile"), n(s, "dirfile")));
        Sides.oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
    }
}
