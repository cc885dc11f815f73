package dev.jos.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.PicocliException;
import picocli.CommandLine.Range;

/**
 * A command's picocli model, read from a table made at build time from its annotations.
 *
 * <p>picocli reads a command's {@code @Option}s by reflection, and Java makes each annotation a
 * dynamic proxy: 40-70 ms of every cold jos run (measured on JDK 17 and 25), a sixth of a whole
 * {@code jos network list}. The table holds what picocli read, one file per command class
 * ({@code dev/jos/cli/specs/<class>.tsv}: an argument a line, as picocli's builders take it), so a
 * run builds the same model with no annotation read. The annotations stay the one source: a unit
 * test fails while the table differs from them, or builds a model that differs. A command with no
 * table (a new one, before it is regenerated) is read from its annotations as before.
 *
 * <p>Regenerate after changing a command's options:
 * {@code java -cp "target/jos.jar:target/lib/*" dev.jos.cli.CommandSpecs src/main/resources}.
 */
public final class CommandSpecs {
    static final String DIR = "dev/jos/cli/specs/";
    private static final String SUFFIX = ".tsv";

    private CommandSpecs() {
    }

    /** The command's model, bound to this instance: from the table, or its annotations without one. */
    public static CommandSpec of(Object command) {
        List<String> lines = tableLines(command.getClass());
        return lines == null ? fromAnnotations(command) : build(command, lines);
    }

    /** What picocli reads from the annotations, the reference the table is checked against. */
    static CommandSpec fromAnnotations(Object command) {
        return CommandSpec.forAnnotatedObject(command);
    }

    static List<String> tableLines(Class<?> type) {
        InputStream in = CommandSpecs.class.getClassLoader().getResourceAsStream(DIR + type.getName() + SUFFIX);
        if (in == null) {
            return null;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            return null; // the annotations still say it all
        }
    }

    // ---- the table's columns ---------------------------------------------------------------------

    /*
     * One argument a line, tab-separated, each value escaped (\t \n \\, and \0 for null):
     * kind (O option, P positional), owner (the path of mixin fields from the command, class#field/..., or empty),
     * member (f:name or m:name(paramType)), declaring class, names (option) or index (positional),
     * arity, arity unspecified, type, auxiliary types, param label, hidden, required, order,
     * split regex, split synopsis label, hide param syntax, converters, toString, description
     * lines (the rest of the line).
     */
    private static final int DESCRIPTION = 18;

    static String render(Object command) {
        CommandSpec spec = fromAnnotations(command);
        OptionOrder.stabilize(spec); // reflection's order of methods changes from run to run; the table's may not
        Map<ArgSpec, String> owners = new IdentityHashMap<>();
        ownersOf(spec, "", owners);
        StringBuilder sb = new StringBuilder();
        for (OptionSpec o : spec.options()) {
            line(sb, "O", o, owners.getOrDefault(o, ""), String.join(" ", o.names()));
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            line(sb, "P", p, owners.getOrDefault(p, ""), range(p.index()));
        }
        return sb.toString();
    }

    private static void ownersOf(CommandSpec spec, String prefix, Map<ArgSpec, String> owners) {
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            Field field = (Field) spec.mixinAnnotatedElements().get(m.getKey()).userObject();
            String path = prefix + field.getDeclaringClass().getName() + "#" + field.getName();
            ownersOf(m.getValue(), path + "/", owners);
            for (ArgSpec a : m.getValue().args()) {
                owners.putIfAbsent(a, path);
            }
        }
    }

    private static void line(StringBuilder sb, String kind, ArgSpec a, String owner, String namesOrIndex) {
        Object member = a.userObject();
        String memberText;
        Class<?> declaring;
        if (member instanceof Field f) {
            memberText = "f:" + f.getName();
            declaring = f.getDeclaringClass();
        } else if (member instanceof Method m && m.getParameterCount() == 1) {
            memberText = "m:" + m.getName() + "(" + m.getParameterTypes()[0].getName() + ")";
            declaring = m.getDeclaringClass();
        } else {
            throw new IllegalStateException("a field or a one-argument method holds each argument, not " + member);
        }
        List<String> cols = new ArrayList<>(List.of(kind, owner, memberText, declaring.getName(), namesOrIndex,
                range(a.arity()), Boolean.toString(a.arity().isUnspecified()), a.type().getName(),
                names(a.auxiliaryTypes()), a.paramLabel(), Boolean.toString(a.hidden()), Boolean.toString(a.required()),
                a instanceof OptionSpec o ? Integer.toString(o.order()) : "-1", a.splitRegex(), a.splitRegexSynopsisLabel(),
                Boolean.toString(a.hideParamSyntax()), names(Arrays.stream(a.converters()).map(Object::getClass)
                        .toArray(Class<?>[]::new)), a.toString()));
        if (a.defaultValue() != null || a.interactive() || a.parameterConsumer() != null || a.completionCandidates() != null
                || (a instanceof OptionSpec o && (o.negatable() || !o.fallbackValue().isEmpty() || o.help()
                        || o.usageHelp() || o.versionHelp()))) {
            // not used by any jos command: teach the table before using one
            throw new IllegalStateException(a + ": an attribute the table does not hold");
        }
        // the description as written (description() has picocli's variables expanded already)
        String[] description = a instanceof OptionSpec o ? OptionSpec.builder(o).description()
                : PositionalParamSpec.builder((PositionalParamSpec) a).description();
        cols.addAll(Arrays.asList(description));
        for (int i = 0; i < cols.size(); i++) {
            sb.append(i == 0 ? "" : "\t").append(escape(cols.get(i)));
        }
        sb.append('\n');
    }

    private static String range(Range r) {
        return r.min() + ".." + (r.isVariable() ? "*" : Integer.toString(r.max()));
    }

    private static String names(Class<?>[] types) {
        StringBuilder sb = new StringBuilder();
        for (Class<?> t : types) {
            sb.append(sb.length() == 0 ? "" : ",").append(t.getName());
        }
        return sb.toString();
    }

    private static String escape(String s) {
        if (s == null) {
            return "\\0";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        if (s.equals("\\0")) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- building the model from the table -------------------------------------------------------

    private static CommandSpec build(Object command, List<String> lines) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        Map<String, Object> owners = new java.util.HashMap<>();
        owners.put("", command);
        for (String line : lines) {
            String[] raw = line.split("\t", -1);
            String[] c = new String[raw.length];
            for (int i = 0; i < raw.length; i++) {
                c[i] = unescape(raw[i]);
            }
            Object owner = owner(command, c[1], owners);
            AccessibleObject member = member(c[3], c[2]);
            Binding binding = new Binding(owner, member, spec);
            String[] description = Arrays.copyOfRange(c, DESCRIPTION, c.length);
            Range arity = Range.valueOf(c[5]).unspecified(Boolean.parseBoolean(c[6]));
            Class<?> type = type(c[7]);
            Class<?>[] aux = types(c[8]);
            ITypeConverter<?>[] converters = converters(c[16]);
            // No initial value: picocli would read every field to set it back at each parse, which a
            // command object parsed once does not need. The same chain twice: ArgSpec.Builder, their
            // common type, is not public.
            if (c[0].equals("O")) {
                spec.addOption(OptionSpec.builder(c[4].split(" ")).order(Integer.parseInt(c[12]))
                        .userObject(member).getter(binding).setter(binding).arity(arity).type(type).auxiliaryTypes(aux)
                        .paramLabel(c[9]).hidden(Boolean.parseBoolean(c[10])).required(Boolean.parseBoolean(c[11]))
                        .splitRegex(c[13]).splitRegexSynopsisLabel(c[14]).hideParamSyntax(Boolean.parseBoolean(c[15]))
                        .converters(converters).withToString(c[17]).description(description).descriptionKey("")
                        .hasInitialValue(false).build());
            } else {
                spec.addPositional(PositionalParamSpec.builder().index(c[4])
                        .userObject(member).getter(binding).setter(binding).arity(arity).type(type).auxiliaryTypes(aux)
                        .paramLabel(c[9]).hidden(Boolean.parseBoolean(c[10])).required(Boolean.parseBoolean(c[11]))
                        .splitRegex(c[13]).splitRegexSynopsisLabel(c[14]).hideParamSyntax(Boolean.parseBoolean(c[15]))
                        .converters(converters).withToString(c[17]).description(description).descriptionKey("")
                        .hasInitialValue(false).build());
            }
        }
        return spec;
    }

    /** The object a mixin's arguments are bound to: its field's value, made as picocli would when unset. */
    private static Object owner(Object command, String path, Map<String, Object> owners) {
        Object known = owners.get(path);
        if (known != null) {
            return known;
        }
        int dot = path.lastIndexOf('/');
        Object parent = owner(command, dot < 0 ? "" : path.substring(0, dot), owners);
        String step = path.substring(dot + 1);
        int hash = step.indexOf('#');
        Field field = (Field) member(step.substring(0, hash), "f:" + step.substring(hash + 1));
        try {
            Object value = field.get(parent);
            if (value == null) {
                value = make(field.getType());
                field.set(parent, value);
            }
            owners.put(path, value);
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("mixin " + path + " cannot be made", e);
        }
    }

    private static AccessibleObject member(String declaring, String text) {
        try {
            Class<?> type = Class.forName(declaring, false, CommandSpecs.class.getClassLoader());
            AccessibleObject member;
            if (text.startsWith("f:")) {
                member = type.getDeclaredField(text.substring(2));
            } else {
                int open = text.indexOf('(');
                member = type.getDeclaredMethod(text.substring(2, open), type(text.substring(open + 1, text.length() - 1)));
            }
            member.setAccessible(true);
            return member;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the command table names a member that is gone: " + declaring + " " + text
                    + " (regenerate it: dev.jos.cli.CommandSpecs)", e);
        }
    }

    private static final Map<String, Class<?>> PRIMITIVES = Map.of("boolean", boolean.class, "int", int.class,
            "long", long.class, "double", double.class, "float", float.class, "short", short.class, "byte", byte.class,
            "char", char.class);

    private static Class<?> type(String name) {
        Class<?> p = PRIMITIVES.get(name);
        if (p != null) {
            return p;
        }
        try {
            return Class.forName(name, false, CommandSpecs.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the command table names a type that is gone: " + name, e);
        }
    }

    private static Class<?>[] types(String names) {
        if (names.isEmpty()) {
            return new Class<?>[0];
        }
        String[] parts = names.split(",");
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = type(parts[i]);
        }
        return types;
    }

    private static ITypeConverter<?>[] converters(String names) {
        Class<?>[] types = types(names);
        ITypeConverter<?>[] converters = new ITypeConverter<?>[types.length];
        for (int i = 0; i < types.length; i++) {
            try {
                converters[i] = (ITypeConverter<?>) make(types[i]);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("converter " + types[i].getName() + " cannot be made", e);
            }
        }
        return converters;
    }

    /** An instance by the type's no-argument constructor, private or not, as picocli's factory makes one. */
    private static Object make(Class<?> type) throws ReflectiveOperationException {
        java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return constructor.newInstance();
    }

    /**
     * A field or a setter method of the command or a mixin, as picocli binds it: a setter method's
     * value is the last one it was given, and its failure is a usage error naming the value.
     */
    private static final class Binding implements IGetter, ISetter {
        private final Object owner;
        private final AccessibleObject member;
        private final CommandSpec spec;
        private Object methodValue;

        Binding(Object owner, AccessibleObject member, CommandSpec spec) {
            this.owner = owner;
            this.member = member;
            this.spec = spec;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            if (member instanceof Field f) {
                try {
                    return (T) f.get(owner);
                } catch (IllegalAccessException e) {
                    throw new PicocliException("Could not get value for field " + f, e);
                }
            }
            return (T) methodValue;
        }

        @Override
        public <T> T set(T value) {
            T previous = get();
            try {
                if (member instanceof Field f) {
                    f.set(owner, value);
                } else {
                    ((Method) member).invoke(owner, value);
                    methodValue = value;
                }
                return previous;
            } catch (java.lang.reflect.InvocationTargetException e) {
                if (e.getTargetException() instanceof PicocliException p) {
                    throw p;
                }
                CommandLine cl = spec.commandLine() == null ? new CommandLine(spec) : spec.commandLine();
                throw new CommandLine.ParameterException(cl, "Could not invoke " + member + " with " + value + " ("
                        + e.getTargetException() + ")", e.getTargetException());
            } catch (IllegalAccessException e) {
                throw new PicocliException("Could not set " + ((Member) member).getName() + " to " + value, e);
            }
        }
    }

    /** Writes the table of every registered command under {@code args[0]} (src/main/resources), dropping stale files. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(DIR);
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (CommandEntry e : Commands.registry().entries()) {
            JosCommand command = e.instantiate();
            String name = command.getClass().getName() + SUFFIX;
            if (!written.contains(name)) {
                Files.writeString(dir.resolve(name), render(command), StandardCharsets.UTF_8);
                written.add(name);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!written.contains(f.getFileName().toString())) {
                    Files.delete(f);
                }
            }
        }
        System.out.println(written.size() + " command tables in " + dir);
    }
}
