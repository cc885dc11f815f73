package dev.jos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.jos.cli.CommandEntry;
import dev.jos.cli.CommandRegistry;
import dev.jos.cli.Commands;
import dev.jos.cli.GlobalOptions;
import dev.jos.cli.HelpPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * jos(1), generated from the same command registry and picocli models that parse the command
 * line and print help, so the page cannot list an option jos does not take. src/main/man/jos.1
 * is this page; a unit test fails when the two drift apart. It carries no version or date, which
 * would make the checked-in page stale on every release.
 */
public final class ManPage {
    private ManPage() {
    }

    private static final Pattern ENV = Pattern.compile("\\(Env: ((?:OS|JOS)_[A-Z_]+)(=1)?\\)");

    /** Variables no option names in its help ("Env: ..."); the options' own come from their descriptions. */
    private static final String[][] MORE_ENVIRONMENT = {
        {"OS_TENANT_NAME, OS_TENANT_ID", "Legacy names of OS_PROJECT_NAME and OS_PROJECT_ID; as in OSC, the project variables win when both are set."},
        {"OS_ENDPOINT_TYPE", "Legacy name of OS_INTERFACE (public, internal, internalURL, admin ...)."},
        {"OS_AUTH_PLUGIN", "Legacy name of OS_AUTH_TYPE."},
        {"OS_INSECURE", "Do not verify the server certificate, as --insecure."},
        {"OS_CLIENT_CONFIG_FILE, OS_CLIENT_SECURE_FILE", "A clouds.yaml or secure.yaml file read before the search path (see FILES)."},
        {"XDG_CONFIG_HOME", "Directory searched for openstack/clouds.yaml instead of ~/.config."},
        {"XDG_CACHE_HOME", "Directory of the token cache instead of ~/.cache (see FILES)."},
        {"JOS_JAVA", "The java executable the jos script runs, instead of the runtime it finds (an installed jos carries its own)."},
        {"JOS_CDS", "0 runs without the class-data archive (slower start-up; for comparison)."},
    };

    public static String generate(CommandRegistry registry) {
        StringBuilder sb = new StringBuilder();
        GlobalOptions globals = new GlobalOptions();
        sb.append(".TH JOS 1 \"\" \"jos\" \"User Commands\"\n");
        sb.append(".nh\n"); // no hyphenation: OS_* names and options are read and copied as typed
        sb.append(".SH NAME\njos \\- command\\-line client for OpenStack, a fast drop\\-in for openstack\n");
        sb.append(".SH SYNOPSIS\n.B jos\n[\\fIglobal options\\fR] \\fIcommand\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]\n");
        sb.append(".br\n.B jos help\n[\\fIcommand\\fR]\n");
        sb.append(".SH DESCRIPTION\n");
        para(sb, "jos is a command-line client for OpenStack that you can use in place of openstack "
                + "(python-openstackclient 6.0.0): the same commands, tables, error messages and exit codes, "
                + "the same openrc files and clouds.yaml, but much faster. It reuses a scoped token between runs "
                + "and starts a lean Java runtime with a class-data archive.");
        para(sb, "A command's words may be shortened to unique prefixes (jos us l is jos user list). "
                + "Global options may stand anywhere on the command line. jos --version names jos's version and "
                + "the Java runtime it runs on; jos --help lists every command.");
        sb.append(".SH GLOBAL OPTIONS\n");
        options(sb, globals.spec());
        sb.append(".SH COMMANDS\n");
        para(sb, "Commands that list or show objects take the output options of openstack's cliff: "
                + "-f table|json|yaml|value|shell|csv, -c COLUMN, --noindent, --max-width, --fit-width, "
                + "--print-empty, --quote, --prefix, --sort-column, --sort-ascending, --sort-descending.");
        HelpPrinter help = new HelpPrinter(registry, globals, null); // only its usage lines, which print nothing
        for (CommandEntry e : registry.entries()) {
            command(sb, e, help);
        }
        sb.append(".SH ENVIRONMENT\n");
        para(sb, "As openstack, jos reads clouds.yaml, then OS_* variables, then --os-* options, each "
                + "overriding the one before.");
        Set<String> seen = new TreeSet<>();
        for (OptionSpec o : globals.spec().options()) {
            String d = String.join(" ", o.description());
            Matcher m = ENV.matcher(d);
            if (m.find() && seen.add(m.group(1))) {
                String text = d.substring(0, m.start()).strip();
                item(sb, m.group(1), (text.isEmpty() ? "" : text + " ") + "(as " + o.longestName()
                        + (m.group(2) == null ? "" : ", when set to 1") + ").");
            }
        }
        for (String[] v : MORE_ENVIRONMENT) {
            item(sb, v[0], v[1]);
        }
        sb.append(".SH FILES\n");
        item(sb, "./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml",
                "Cloud definitions, looked for in this order (also .yml and .json); the first readable one is used. "
                + "secure.yaml beside it may hold the secrets.");
        item(sb, "~/.cache/jos/tokens/",
                "The token cache ($XDG_CACHE_HOME/jos/tokens/): one file per set of auth settings, named by a "
                + "SHA-256 digest of them, mode 0600 in a 0700 directory. A token is reused until five minutes "
                + "before it expires; --no-token-cache turns the cache off for a run.");
        item(sb, "/usr/lib/jos/", "An installed jos: its script, its own Java runtime, its jars and class-data archive.");
        sb.append(".SH EXIT STATUS\n");
        item(sb, "0", "Success.");
        item(sb, "1", "The command failed (the cloud refused it, an object was not found, bad configuration).");
        item(sb, "2", "Usage error: an unknown command or option, a missing or bad argument.");
        item(sb, "130", "Interrupted (Ctrl-C).");
        sb.append(".SH SEE ALSO\n.BR openstack (1)\n");
        return sb.toString();
    }

    private static void command(StringBuilder sb, CommandEntry e, HelpPrinter help) {
        CommandLine cl = Jos.commandLine(e.instantiate(), e);
        CommandSpec spec = cl.getCommandSpec();
        sb.append(".SS \"").append(esc(Jos.PROG + " " + e.name())).append("\"\n");
        for (String line : e.description().split("\n")) {
            sb.append(esc(line)).append('\n');
        }
        sb.append(".PP\n.nf\n");
        for (String line : help.usageLine(cl).strip().split("\n")) {
            sb.append(esc(line)).append('\n');
        }
        sb.append(".fi\n");
        for (PositionalParamSpec p : spec.positionalParameters()) {
            item(sb, p.paramLabel(), String.join(" ", p.description()));
        }
        options(sb, spec);
    }

    private static void options(StringBuilder sb, CommandSpec spec) {
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            List<String> named = new java.util.ArrayList<>();
            for (String n : o.names()) {
                // an unbreakable space between a name and its value: a long head breaks only between names
                named.add(o.arity().max() > 0 ? esc(n) + "\\ " + esc(o.paramLabel()) : esc(n));
            }
            itemRaw(sb, String.join(", ", named), String.join(" ", o.description()));
        }
    }

    private static void item(StringBuilder sb, String head, String text) {
        itemRaw(sb, esc(head), text);
    }

    private static void itemRaw(StringBuilder sb, String roffHead, String text) {
        sb.append(".TP\n\\fB").append(roffHead).append("\\fR\n");
        if (!text.isBlank()) {
            sb.append(esc(text.strip().replaceAll("\\s+", " "))).append('\n');
        }
    }

    private static void para(StringBuilder sb, String text) {
        sb.append(".PP\n").append(esc(text)).append('\n');
    }

    /** roff: a backslash is \e, a hyphen \- (a minus, so options copy and search as typed), no line starts with a control character. */
    static String esc(String s) {
        String r = s.replace("\\", "\\e").replace("-", "\\-");
        return r.startsWith(".") || r.startsWith("'") ? "\\&" + r : r;
    }

    /** Writes the page: {@code java -cp "target/jos.jar:target/lib/*" dev.jos.ManPage src/main/man/jos.1}. */
    public static void main(String[] args) throws IOException {
        String page = generate(Commands.registry());
        if (args.length > 0) {
            Files.writeString(Path.of(args[0]), page, StandardCharsets.UTF_8);
        } else {
            java.io.PrintStream out = System.out;
            out.print(page);
            out.flush();
        }
    }
}
