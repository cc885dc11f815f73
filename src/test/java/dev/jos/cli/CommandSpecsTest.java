package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The command table is what picocli reads from the annotations, and builds the model they make. */
class CommandSpecsTest {
    private static final String REGENERATE = "stale: java -cp \"target/jos.jar:target/lib/*\" dev.jos.cli.CommandSpecs src/main/resources";

    private static List<JosCommand> commands() {
        Set<String> seen = new LinkedHashSet<>();
        List<JosCommand> out = new ArrayList<>();
        for (CommandEntry e : Commands.registry().entries()) {
            if (seen.add(e.className())) {
                out.add(e.instantiate());
            }
        }
        return out;
    }

    @Test
    void everyCommandHasATableAndEachIsCurrent() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (JosCommand c : commands()) {
            List<String> lines = CommandSpecs.tableLines(c.getClass());
            assertNotNull(lines, c.getClass().getName() + " has no table; " + REGENERATE);
            String table = lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
            assertEquals(CommandSpecs.render(c), table, c.getClass().getName() + " " + REGENERATE);
            expected.add(c.getClass().getName() + ".tsv");
        }
        Path dir = Path.of("src/main/resources").resolve(CommandSpecs.DIR);
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> present.add(f.getFileName().toString()));
        }
        assertEquals(expected, present, "tables of commands that are gone: " + REGENERATE);
    }

    @Test
    void theTableBuildsTheModelTheAnnotationsMake() {
        for (JosCommand c : commands()) {
            CommandSpec fromTable = CommandSpecs.of(c);
            CommandSpec fromAnnotations = CommandSpecs.fromAnnotations(c.getClass().cast(newInstance(c)));
            OptionOrder.stabilize(fromAnnotations);
            OptionOrder.stabilize(fromTable);
            assertLinesMatch(describe(fromAnnotations).lines().toList(), describe(fromTable).lines().toList(), c.getClass().getName());
            assertEquals(new CommandLine(fromAnnotations).getUsageMessage(CommandLine.Help.Ansi.OFF),
                    new CommandLine(fromTable).getUsageMessage(CommandLine.Help.Ansi.OFF), c.getClass().getName());
        }
    }

    @Test
    void parsingThroughTheTableSetsWhatTheAnnotationsSet() throws Exception {
        String[][] cases = {
            {"dev.jos.compute.server.ServerCreate", "--flavor", "m1", "--image", "cirros", "--network", "a", "--nic",
                "net-id=b", "--port", "c", "--security-group", "s1", "--security-group", "s2", "--property", "k=v", "vm"},
            {"dev.jos.network.network.NetworkList", "--long", "--status", "ACTIVE", "-f", "json", "-c", "ID", "--sort-column", "Name"},
            {"dev.jos.identity.user.UserCreate", "--password", "p", "--project", "demo", "--enable", "--or-show", "u1"},
            {"dev.jos.compute.server.ServerDelete", "--wait", "a", "b", "c"},
            {"dev.jos.compute.flavor.FlavorCreate", "--ram", "512", "--vcpus", "2", "--property", "a=b", "f1"},
        };
        for (String[] c : cases) {
            Object viaTable = Class.forName(c[0]).getDeclaredConstructor().newInstance();
            Object viaAnnotations = Class.forName(c[0]).getDeclaredConstructor().newInstance();
            String[] argv = Arrays.copyOfRange(c, 1, c.length);
            new CommandLine(CommandSpecs.of(viaTable)).parseArgs(argv);
            new CommandLine(CommandSpecs.fromAnnotations(viaAnnotations)).parseArgs(argv);
            String state = state(viaTable);
            assertEquals(state(viaAnnotations), state, c[0]);
            assertTrue(state.contains("vm") || !c[0].endsWith("ServerCreate"), state);
        }
    }

    @Test
    void aBadValueFailsWithTheSameMessage() throws Exception {
        String[][] cases = {
            {"dev.jos.network.network.NetworkList", "--status", "bogus"},
            {"dev.jos.compute.flavor.FlavorCreate", "--ram", "lots", "f1"},
            {"dev.jos.compute.server.ServerShow"},
            {"dev.jos.identity.user.UserList", "--nosuch"},
        };
        for (String[] c : cases) {
            String[] argv = Arrays.copyOfRange(c, 1, c.length);
            CommandLine.ParameterException a = assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(
                    CommandSpecs.fromAnnotations(Class.forName(c[0]).getDeclaredConstructor().newInstance())).parseArgs(argv));
            CommandLine.ParameterException t = assertThrows(CommandLine.ParameterException.class, () -> new CommandLine(
                    CommandSpecs.of(Class.forName(c[0]).getDeclaredConstructor().newInstance())).parseArgs(argv));
            assertEquals(UsageErrors.message(a), UsageErrors.message(t), c[0]);
        }
    }

    @Test
    void aCommandWithoutATableIsReadFromItsAnnotations() {
        class Fresh {
            @CommandLine.Option(names = "--x", paramLabel = "<x>")
            String x;
        }
        Fresh f = new Fresh();
        assertNull(CommandSpecs.tableLines(Fresh.class));
        new CommandLine(CommandSpecs.of(f)).parseArgs("--x", "1");
        assertEquals("1", f.x);
    }

    private static Object newInstance(Object like) {
        try {
            return like.getClass().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Everything of a model that parsing, help and errors read. Not compared: the initial values
     * (the table's model has none: a command object is parsed once) and the getter and setter
     * objects (their effect is compared by parsing).
     */
    private static String describe(CommandSpec spec) {
        StringBuilder sb = new StringBuilder();
        for (OptionSpec o : spec.options()) {
            sb.append("option ").append(Arrays.toString(o.names())).append(" order=").append(o.order())
                    .append(" negatable=").append(o.negatable()).append(" fallback=").append(o.fallbackValue())
                    .append(" help=").append(o.usageHelp()).append(o.versionHelp()).append(o.help());
            arg(sb, o);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            sb.append("positional index=").append(p.index()).append(p.index().isUnspecified());
            arg(sb, p);
        }
        return sb.toString();
    }

    private static void arg(StringBuilder sb, ArgSpec a) {
        sb.append(" toString=").append(a).append(" arity=").append(a.arity()).append(a.arity().isUnspecified())
                .append(" type=").append(a.type()).append(" aux=").append(Arrays.toString(a.auxiliaryTypes()))
                .append(" multi=").append(a.isMultiValue()).append(" typeInfo=").append(a.typeInfo().isBoolean())
                .append(a.typeInfo().isCollection()).append(a.typeInfo().isMap()).append(a.typeInfo().isArray())
                .append(a.typeInfo().isEnum()).append(a.typeInfo().isOptional()).append(" label=").append(a.paramLabel())
                .append(" hideSyntax=").append(a.hideParamSyntax()).append(" description=")
                .append(Arrays.toString(a.description())).append(" key=").append(a.descriptionKey()).append(" hidden=")
                .append(a.hidden()).append(" required=").append(a.required()).append(" split=").append(a.splitRegex())
                .append('|').append(a.splitRegexSynopsisLabel()).append(" default=").append(a.defaultValue())
                .append(" show=").append(a.showDefaultValue()).append(" interactive=").append(a.interactive())
                .append(" candidates=").append(a.completionCandidates()).append(" consumer=").append(a.parameterConsumer())
                .append(" preprocessor=").append(a.preprocessor().getClass().getName()).append(" user=")
                .append(a.userObject()).append(" scope=").append(a.scopeType()).append(" inherited=").append(a.inherited())
                .append(" converters=");
        Arrays.stream(a.converters()).forEach(c -> sb.append(c.getClass().getName()).append(','));
        sb.append('\n');
    }

    /** A command's fields, and its mixins' fields, as text. */
    private static String state(Object o) throws IllegalAccessException {
        StringBuilder sb = new StringBuilder();
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                f.setAccessible(true);
                Object v = f.get(o);
                sb.append(c.getSimpleName()).append('.').append(f.getName()).append('=');
                sb.append(v != null && v.getClass().getName().startsWith("dev.jos.") && !v.getClass().isEnum()
                        && !v.getClass().isRecord() ? "{" + state(v) + "}" : String.valueOf(v)).append('\n');
            }
        }
        return sb.toString();
    }
}
