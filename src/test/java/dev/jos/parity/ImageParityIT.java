package dev.jos.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.jos.parity.ParityHarness.Compare;
import dev.jos.parity.ParityHarness.Pair;

/**
 * The image commands against OSC on the lab: the course's creates (from a file, --shared, --public
 * --protected as admin), show in each format, list filters, set/unset, a protected image's delete
 * (glance's 403), save, and bad input. Each tool makes its own images (see {@link Sides}) from
 * the same small file, so sizes and checksums agree; ids map to common names.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageParityIT extends LabParity {
    private static final List<String> ALL = List.of("my-image", "test-img", "debian-img", "stdin-img", "demo-public");

    private Sides copies;
    private Path data;

    private String n(String side, String base) {
        return copies.name(side, base);
    }

    @BeforeAll
    void lab() throws Exception {
        copies = new Sides(h, admin);
        data = h.root().resolve("cirros-test.img");
        byte[] bytes = new byte[48 * 1024];
        new Random(42).nextBytes(bytes);
        Files.write(data, bytes);
    }

    @AfterAll
    void cleanUp() {
        if (h != null) {
            for (String base : ALL) {
                for (String side : Sides.BOTH) {
                    h.osc(admin, "image", "set", "--unprotected", n(side, base));
                }
            }
            copies.deleteQuietly("image", ALL.toArray(String[]::new));
        }
    }

    private Pair mapped(int oscExit, Sides.Args args) {
        Pair p = copies.run(admin, args);
        Sides.oscExit(p, oscExit);
        copies.refreshIds("image");
        h.assertParity(p, Compare.mapped());
        return p;
    }

    private Sides.Args args(String... parts) {
        return side -> {
            List<String> out = new ArrayList<>();
            for (String part : parts) {
                out.add(part.startsWith("@") ? n(side, part.substring(1)) : part.equals("$FILE") ? data.toString() : part);
            }
            return out;
        };
    }

    @Test
    @Order(1)
    void courseCreates() {
        copies.refreshIds("image");
        mapped(0, args("image", "create", "--file", "$FILE", "--disk-format", "qcow2", "@my-image"));
        mapped(0, args("image", "create", "@test-img", "--file", "$FILE", "--disk-format", "qcow2",
                "--container-format", "bare", "--shared"));
        mapped(0, args("image", "create", "@debian-img", "--file", "$FILE", "--disk-format", "qcow2",
                "--container-format", "bare", "--public", "--protected", "--property", "os_distro=debian", "--tag", "t1",
                "--min-ram", "64", "-f", "json"));
    }

    @Test
    @Order(2)
    void showInEachFormat() {
        mapped(0, args("image", "show", "@my-image"));
        mapped(0, args("image", "show", "@debian-img", "-f", "json"));
        mapped(0, args("image", "show", "--human-readable", "@test-img", "-f", "yaml"));
        mapped(0, args("image", "show", "-c", "properties", "-f", "value", "@debian-img"));
    }

    @Test
    @Order(3)
    void listFilters() {
        mapped(0, args("image", "list", "--name", "@my-image"));
        mapped(0, args("image", "list", "--name", "@debian-img", "--long"));
        mapped(0, args("image", "list", "--name", "@test-img", "--shared", "-f", "json"));
        mapped(0, args("image", "list", "--name", "@debian-img", "--tag", "t1", "--property", "os_distro=debian", "-f", "csv"));
        mapped(0, args("image", "list", "--name", "@debian-img", "--tag", "t1", "--tag", "nope"));
        mapped(0, args("image", "list", "--name", "@my-image", "--limit", "1", "--sort", "status:desc"));
    }

    @Test
    @Order(4)
    void protectedImageCannotBeDeleted() {
        mapped(0, args("image", "set", "--protected", "@my-image"));
        // glance's HTML 403 has two lines, which openstacksdk joins in the order of a Python set
        // (hash-seeded, so OSC's order varies between runs): compare everything else
        for (Sides.Args a : List.of(args("image", "delete", "@my-image"), args("image", "delete", "@my-image", "nope-jos-image"))) {
            Pair p = copies.run(admin, a);
            Sides.oscExit(p, 1);
            assertEquals(1, p.jos().exit(), p.jos().stderr());
            String jos = p.jos().stderr().replace("403 Forbidden: ", "").replace(" is protected and cannot be deleted.",
                    " is protected and cannot be deleted.: 403 Forbidden").replace(Sides.JOS + "-my-image", "X")
                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID");
            String osc = p.osc().stderr().replace("403 Forbidden: ", "").replace(" is protected and cannot be deleted.\n",
                    " is protected and cannot be deleted.: 403 Forbidden\n").replace(Sides.OSC + "-my-image", "X")
                    .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "ID");
            assertEquals(osc.replace(".: 403 Forbidden: 403 Forbidden", ".: 403 Forbidden"), jos);
        }
    }

    @Test
    @Order(5)
    void setAndUnset() {
        mapped(0, args("image", "set", "--property", "foo=bar", "--tag", "t2", "--os-distro", "cirros",
                "--min-disk", "1", "--unprotected", "@my-image"));
        mapped(0, args("image", "show", "@my-image", "-f", "json"));
        mapped(1, args("image", "unset", "--property", "foo", "--property", "zz", "--tag", "nope", "@my-image"));
        mapped(0, args("image", "show", "@my-image"));
    }

    @Test
    @Order(6)
    void saveWritesTheData() throws Exception {
        Path j = h.root().resolve("saved-jos.img");
        Path o = h.root().resolve("saved-osc.img");
        Pair p = copies.run(admin, side -> List.of("image", "save", "--file", (side.equals(Sides.JOS) ? j : o).toString(),
                n(side, "my-image")));
        Sides.oscExit(p, 0);
        h.assertParity(p, Compare.mapped());
        assertArrayEquals(Files.readAllBytes(data), Files.readAllBytes(j));
    }

    @Test
    @Order(7)
    void sharingWithAProject() {
        // test-img is --shared: the course adds a project as a member, lists, removes it again
        mapped(0, args("image", "add", "project", "@test-img", "demo"));
        mapped(0, args("image", "member", "list", "@test-img"));
        mapped(0, args("image", "member", "list", "@test-img", "-f", "json"));
        mapped(0, args("image", "remove", "project", "@test-img", "demo"));
        mapped(0, args("image", "member", "list", "@test-img"));
        mapped(1, args("image", "add", "project", "@test-img", "nope-jos-project"));
        // the SDK ignores a missing member on remove: exit 0, nothing printed
        mapped(0, args("image", "remove", "project", "@test-img", "admin"));
        // only an admin may publish: glance's HTML 403 for the demo user, whose two lines
        // openstacksdk joins in the order of a Python set (hash-seeded): either order is OSC's
        Pair p = copies.run(Lab.demoRc(), args("image", "create", "--public", "@demo-public"));
        Sides.oscExit(p, 1);
        assertEquals(1, p.jos().exit(), p.jos().stderr());
        String forbidden = "403 Forbidden", why = "You are not authorized to complete publicize_image action.";
        String prefix = "HttpException: 403: Client Error for url: http://127.0.0.1:9292/v2/images, ";
        assertEquals(prefix + forbidden + ": " + why + "\n", p.jos().stderr());
        assertEquals(true, p.osc().stderr().equals(prefix + forbidden + ": " + why + "\n")
                || p.osc().stderr().equals(prefix + why + ": " + forbidden + "\n"), p.osc().stderr());
        assertEquals(p.osc().stdout(), p.jos().stdout());
    }

    @Test
    @Order(8)
    void badInput() {
        mapped(1, args("image", "show", "nope-jos-image"));
        mapped(1, args("image", "save", "nope-jos-image"));
        mapped(1, args("image", "member", "list", "nope-jos-image"));
        mapped(1, args("image", "create", "--file", "/nonexistent/file.img", "@stdin-img"));
        mapped(1, args("image", "create", "--property", "novalue", "@stdin-img"));
        mapped(2, args("image", "create", "--disk-format", "qcow3", "@stdin-img"));
        mapped(1, args("image", "set", "nope-jos-image", "--name", "x"));
    }

    @Test
    @Order(9)
    void stdinIsImageDataWhenNotATerminal() {
        // the harness's stdin is /dev/null: both upload an empty image
        mapped(0, args("image", "create", "@stdin-img", "-c", "name", "-c", "status", "-f", "value"));
        mapped(0, args("image", "show", "@stdin-img", "-c", "size", "-c", "status"));
    }

    @Test
    @Order(10)
    void deleteEverything() {
        mapped(0, args("image", "set", "--unprotected", "@debian-img"));
        mapped(0, args("image", "delete", "@my-image", "@test-img", "@debian-img", "@stdin-img"));
        mapped(0, args("image", "list", "--name", "@my-image"));
    }
}
