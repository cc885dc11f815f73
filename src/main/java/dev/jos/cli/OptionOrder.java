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
 * completion script never change from one run or JDK to the next.
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
        all.stream().filter(OptionOrder::onMethod).sorted(Comparator.comparing(OptionSpec::longestName)).forEach(ordered::add);
        all.forEach(spec::remove);
        ordered.forEach(spec::addOption);
    }

    private static boolean onMethod(OptionSpec o) {
        return o.userObject() instanceof Method;
    }
}
