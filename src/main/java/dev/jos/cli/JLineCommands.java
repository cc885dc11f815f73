package dev.jos.cli;

/** What JLine runs when it looks at the system's terminal. */
public final class JLineCommands {
    private JLineCommands() {
    }

    /**
     * JLine's exec terminal runs `test -t`, `stty`, `tty` and `infocmp`, the first found on PATH:
     * with a checkout's bin/ on PATH that `test` was jos's own test runner. The system's copies
     * are meant; JLine keeps the commands in public fields, set here before a terminal is built.
     */
    public static void useSystemCopies() {
        org.jline.utils.OSUtils.TEST_COMMAND = systemCopy(org.jline.utils.OSUtils.TEST_COMMAND);
        org.jline.utils.OSUtils.STTY_COMMAND = systemCopy(org.jline.utils.OSUtils.STTY_COMMAND);
        org.jline.utils.OSUtils.TTY_COMMAND = systemCopy(org.jline.utils.OSUtils.TTY_COMMAND);
        org.jline.utils.OSUtils.INFOCMP_COMMAND = systemCopy(org.jline.utils.OSUtils.INFOCMP_COMMAND);
    }

    public static String systemCopy(String found) {
        if (found == null || found.isEmpty()) {
            return found;
        }
        String name = found.substring(found.lastIndexOf('/') + 1);
        for (String dir : new String[] {"/usr/bin", "/bin"}) {
            java.nio.file.Path p = java.nio.file.Path.of(dir, name);
            if (java.nio.file.Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return found;
    }
}
