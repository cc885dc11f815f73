package dev.jos.session.config;

/**
 * A password-like auth value is missing. OSC prompts for it when stdin is a terminal and fails
 * with this message otherwise, so a caller on a terminal may prompt with {@link #prompt()}, put
 * the answer in with {@link CloudConfig#withAuthValue(String, String)} and validate again.
 */
public final class MissingSecretException extends ConfigException {

    private static final long serialVersionUID = 1L;

    /** osc_lib/shell.py:prompt_for_password, raised when nothing could be read. */
    static final String NO_PASSWORD = "No password entered, or found via --os-password or OS_PASSWORD";

    private final String authKey;
    private final String prompt;

    MissingSecretException(String authKey, String prompt) {
        super(NO_PASSWORD);
        this.authKey = authKey;
        this.prompt = prompt;
    }

    /** The {@code auth} key the answer belongs to ({@code password}, {@code passcode}). */
    public String authKey() {
        return authKey;
    }

    /** What OSC shows when it asks ({@code "Password: "}). */
    public String prompt() {
        return prompt;
    }
}
