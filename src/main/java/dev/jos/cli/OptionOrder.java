package dev.jos.cli;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command's options in an order that is the same on every run: picocli takes them in
 * reflection order, which the JVM keeps for fields (declaration order) but not for annotated
 * setter methods (used where options must be seen in the order typed, as `server create`'s
 * --network/--port/--nic). Method-backed options go last, by name, so help and the generated
 * completion script never change from one run or JDK to the next; one with an {@code order}
 * goes to that place among the command's own options instead.
 */
public final class OptionOrder {
    private OptionOrder() {
    }

    public static void stabilize(CommandSpec spec) {
        List<OptionSpec> all = new ArrayList<>(spec.options());
        if (all.stream().noneMatch(OptionOrder::onMethod)) {
            return;
        }
        List<OptionSpec> ordered = new ArrayList<>();
        all.stream().filter(o -> !onMethod(o)).forEach(ordered::add);
        Class<?> command = spec.userObject() == null ? null : spec.userObject().getClass();
        // a method-backed option with an order goes where OSC adds it: before the option of the
        // command's own class at that index (counting those placed already)
        all.stream().filter(o -> onMethod(o) && o.order() >= 0).sorted(Comparator.comparingInt(OptionSpec::order)).forEach(m -> {
            List<OptionSpec> own = ordered.stream().filter(o -> declaredIn(o, command)).toList();
            int at = m.order() < own.size() ? ordered.indexOf(own.get(m.order()))
                    : own.isEmpty() ? ordered.size() : ordered.indexOf(own.get(own.size() - 1)) + 1;
            ordered.add(at, m);
        });
        all.stream().filter(o -> onMethod(o) && o.order() < 0).sorted(Comparator.comparing(OptionSpec::longestName))
                .forEach(ordered::add);
        all.forEach(spec::remove);
        ordered.forEach(spec::addOption);
    }

    private static boolean declaredIn(OptionSpec o, Class<?> type) {
        return o.userObject() instanceof java.lang.reflect.Member m && m.getDeclaringClass() == type;
    }

    private static boolean onMethod(OptionSpec o) {
        return o.userObject() instanceof Method;
    }
}
