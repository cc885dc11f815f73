package dev.jos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import dev.jos.identity.role.RoleAssignmentList;
import dev.jos.identity.user.UserCreate;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The argparse wording of picocli's parse errors, on real command classes. */
class UsageErrorsTest {

    private static String error(Object command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setUnmatchedOptionsAllowedAsOptionParameters(false);
        ParameterException e = assertThrows(ParameterException.class, () -> cl.parseArgs(args));
        return UsageErrors.message(e);
    }

    @Test
    void missingOptionValue() {
        assertEquals("argument --user: expected one argument", error(new RoleAssignmentList(), "--names", "--user"));
    }

    @Test
    void optionValueThatLooksLikeAnOption() {
        // the course material's typo: `--user -test-user`
        assertEquals("argument --user: expected one argument", error(new RoleAssignmentList(), "--names", "--user", "-test-user"));
    }

    @Test
    void missingPositional() {
        assertEquals("the following arguments are required: <name>", error(new UserCreate()));
    }

    @Test
    void unknownOption() {
        assertEquals("unrecognized arguments: --bogus", error(new UserCreate(), "x", "--bogus"));
    }
}
