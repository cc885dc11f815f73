package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.jos.cli.ArgparseHelp.Action;
import dev.jos.cli.ArgparseHelp.Group;
import dev.jos.cli.ArgparseHelp.Nargs;
import dev.jos.cli.ArgparseHelp.Section;

/**
 * {@link ArgparseHelp} against what cliff's parser (Python 3.11's argparse with cliff's
 * SmartHelpFormatter) printed for the same arguments with COLUMNS=60: groups side by side and
 * required, a required option split over two lines, a blank metavar, a long invocation, help with
 * a newline, a section with a description, and a positional of nargs '+'.
 */
class ArgparseHelpTest {
    private static Action opt(List<String> names, String metavar, String help) {
        return new Action(names, metavar, metavar == null ? Nargs.ZERO : Nargs.ONE, false, help);
    }

    @Test
    void printsWhatArgparsePrints() {
        Action help = opt(List.of("-h", "--help"), null, "show this help message and exit");
        Action format = opt(List.of("-f", "--format"), "{json,table}", "the output format, defaults to table");
        Action up = opt(List.of("--up"), null, "sort up");
        Action down = opt(List.of("--down"), null, "sort down");
        Action enable = opt(List.of("--enable"), null, "Enable it");
        Action disable = opt(List.of("--disable"), null, "Disable it");
        Action flavor = new Action(List.of("--flavor"), "<flavor>", Nargs.ONE, true, "Flavor (name or ID)");
        Action block = opt(List.of("--block-device"), "", "Create a block device.\nEither a path or a CSV string.");
        Action longer = opt(List.of("--a-very-long-option-name"), "<a-very-long-value-name>",
                "Help that goes on and on so that it must wrap over more than one line of the help text");
        Action quiet = opt(List.of("--quiet"), null, null);
        Action image = opt(List.of("--image"), "<image>", "Image");
        Action volume = opt(List.of("--volume"), "<volume>", "Volume");
        Action name = new Action(List.of(), "<name>", Nargs.ONE_OR_MORE, true, "Names");
        List<Action> actions = List.of(help, format, up, down, enable, disable, flavor, block, longer, quiet, image, volume, name);
        List<Group> groups = List.of(new Group(List.of(up, down), false), new Group(List.of(enable, disable), false),
                new Group(List.of(image, volume), true));
        List<Section> sections = List.of(new Section("positional arguments", null, List.of(name)),
                new Section("options", null, List.of(help, enable, disable, flavor, block, longer, quiet, image, volume)),
                new Section("output formatters", "output formatter options", List.of(format, up, down)));
        ArgparseHelp a = new ArgparseHelp("jos thing make", 58);
        assertEquals(HELP, a.help(actions, groups, "Make a thing.\n\nIt is   made well.", sections));
        assertEquals(USAGE, a.usage(actions, groups));
    }

    @Test
    void shortUsageStaysOnOneLine() {
        Action help = opt(List.of("-h", "--help"), null, "show this help message and exit");
        Action user = new Action(List.of(), "<user>", Nargs.ONE_OR_MORE, true, "User(s) to delete (name or ID)");
        ArgparseHelp a = new ArgparseHelp("jos user delete", 78);
        assertEquals("usage: jos user delete [-h] <user> [<user> ...]\n", a.usage(List.of(help, user), List.of()));
        // the help column follows the longest invocation when it is short
        assertEquals("usage: jos user delete [-h] <user> [<user> ...]\n\nDelete user(s)\n\npositional arguments:\n"
                + "  <user>      User(s) to delete (name or ID)\n\noptions:\n  -h, --help  show this help message and exit\n",
                a.help(List.of(help, user), List.of(), "Delete user(s)", List.of(new Section("positional arguments", null,
                        List.of(user)), new Section("options", null, List.of(help)))));
    }

    /** What format_usage printed. */
    private static final String USAGE = "usage: jos thing make [-h] [-f {json,table}]\n"
                + "                      [--up | --down]\n"
                + "                      [--enable | --disable] --flavor\n"
                + "                      <flavor> [--block-device]\n"
                + "                      [--a-very-long-option-name <a-very-long-value-name>]\n"
                + "                      [--quiet]\n"
                + "                      (--image <image> | --volume <volume>)\n"
                + "                      <name> [<name> ...]\n";

    /** What format_help printed: the usage, then the rest. */
    private static final String HELP = USAGE
                + "\n"
                + "Make a thing. It is made well.\n"
                + "\n"
                + "positional arguments:\n"
                + "  <name>                Names\n"
                + "\n"
                + "options:\n"
                + "  -h, --help            show this help message and exit\n"
                + "  --enable              Enable it\n"
                + "  --disable             Disable it\n"
                + "  --flavor <flavor>     Flavor (name or ID)\n"
                + "  --block-device        Create a block device.\n"
                + "                        Either a path or a CSV string.\n"
                + "  --a-very-long-option-name <a-very-long-value-name>\n"
                + "                        Help that goes on and on so that\n"
                + "                        it must wrap over more than one\n"
                + "                        line of the help text\n"
                + "  --quiet\n"
                + "  --image <image>       Image\n"
                + "  --volume <volume>     Volume\n"
                + "\n"
                + "output formatters:\n"
                + "  output formatter options\n"
                + "\n"
                + "  -f {json,table}, --format {json,table}\n"
                + "                        the output format, defaults to\n"
                + "                        table\n"
                + "  --up                  sort up\n"
                + "  --down                sort down\n";
}
