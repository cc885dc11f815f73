package dev.jos.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import dev.jos.Context;
import dev.jos.Version;
import dev.jos.http.DebugLogger;
import dev.jos.http.ExchangeListener;
import dev.jos.http.ExchangeRecorder;
import dev.jos.http.TimingCollector;
import dev.jos.http.TimingRow;
import dev.jos.http.Redactor;
import dev.jos.http.ServiceResolver;
import dev.jos.http.TlsSettings;
import dev.jos.http.Transport;
import dev.jos.output.Table;
import dev.jos.session.CloudSession;
import dev.jos.session.TokenCache;
import dev.jos.session.config.CloudConfig;
import dev.jos.session.config.ConfigException;
import dev.jos.session.config.ConfigLoader;
import dev.jos.session.config.MissingSecretException;

/**
 * The cloud side of one invocation, built on demand: configuration, the transport with the
 * listeners the global options ask for (--debug, --timing, --record), the token cache and
 * the session. Closing it prints the timing table and closes the recording.
 */
public final class CloudRuntime implements AutoCloseable {
    private final Context ctx;
    private final GlobalSettings settings;
    /** --os-profile's trace headers, when given: its trace id is told at the end of the run. */
    private dev.jos.http.OsProfilerHeaders profiler;
    /** The -f of the command that ran, if it has one: --timing's table follows it. */
    private String commandFormat;
    private final java.util.List<String> argv;
    private final String commandName;
    private CloudConfig config;
    private Transport transport;
    private TimingCollector timing;
    private ExchangeRecorder recorder;
    private CloudSession session;
    private final SessionReuse reuse;

    public CloudRuntime(Context ctx, GlobalSettings settings) {
        this(ctx, settings, List.of(), null, null);
    }

    /**
     * @param argv the run's arguments and @param commandName its command, for --record lines;
     * @param reuse what an interactive session keeps between commands, or null
     */
    public CloudRuntime(Context ctx, GlobalSettings settings, List<String> argv, String commandName, SessionReuse reuse) {
        this.ctx = ctx;
        this.settings = settings;
        this.argv = List.copyOf(argv);
        this.commandName = commandName;
        this.reuse = reuse;
    }

    public synchronized CloudConfig config() {
        if (config == null && reuse != null) {
            config = reuse.config(settings.osOptions());
        }
        if (config == null) {
            try {
                CloudConfig loaded = new ConfigLoader().load(ctx.env(), settings.osOptions(), ctx.cwd(), ctx.home());
                config = validated(loaded);
                if (reuse != null) {
                    reuse.keepConfig(settings.osOptions(), config);
                }
                // OSC's compute plugin checks its version option before any command runs
                dev.jos.session.ComputeApiVersion.check(config.apiVersions().get("compute"));
            } catch (ConfigException e) {
                throw new ConfigFailure(e.getMessage(), e.exitCode());
            }
        }
        return config;
    }

    /** As OSC: a missing password (or other secret) is asked for when a person is at a terminal. */
    private CloudConfig validated(CloudConfig loaded) throws ConfigException {
        while (true) {
            try {
                loaded.validateForAuth();
                return loaded;
            } catch (MissingSecretException e) {
                char[] answer = ctx.interactiveTerminal() && ctx.tty().hasConsole() ? ctx.tty().readPassword(e.prompt()) : null;
                if (answer == null || answer.length == 0) {
                    throw e;
                }
                loaded = loaded.withAuthValue(e.authKey(), new String(answer));
            }
        }
    }

    public synchronized CloudSession session() {
        if (session == null) {
            CloudConfig c = config();
            TokenCache cache = tokenCacheEnabled() ? tokenCache() : null;
            session = new CloudSession(c, transport(c), cache, userAgent());
            if (reuse != null) {
                session.seed(reuse.token(c.cacheKey()));
            }
        }
        return session;
    }

    /** The cache, or none (with a warning) when its directory is not private to the user. */
    private TokenCache tokenCache() {
        Path dir = TokenCache.defaultDir(ctx.env(), ctx.home());
        String unsafe = TokenCache.unsafeReason(dir);
        if (unsafe != null) {
            ctx.err().println("Not using the token cache: " + unsafe);
            return null;
        }
        return new TokenCache(dir, Clock.systemUTC());
    }

    private boolean tokenCacheEnabled() {
        String env = ctx.env().get("JOS_NO_TOKEN_CACHE");
        return !settings.noTokenCache() && (env == null || env.isEmpty() || env.equals("0"));
    }

    static String userAgent() {
        return "jos/" + Version.get();
    }

    private Transport transport(CloudConfig c) {
        List<ExchangeListener> listeners = new ArrayList<>();
        if (settings.debug()) {
            listeners.add(new DebugLogger(ctx.err(), tls(c)));
        }
        if (settings.timing()) {
            timing = new TimingCollector();
            listeners.add(timing);
        }
        String record = settings.recordFile() != null ? settings.recordFile() : ctx.env().get("JOS_RECORD");
        if (record != null && !record.isEmpty()) {
            try {
                recorder = new ExchangeRecorder(ctx.cwd().resolve(Path.of(record)), ServiceResolver.byDefaultPort(),
                        new Redactor(), dev.jos.http.RecordedCommand.of(argv, commandName));
            } catch (IOException e) {
                throw new dev.jos.session.CommandException("Cannot open record file " + record + ": " + reason(e));
            }
            listeners.add(recorder);
        }
        Transport.Builder b = Transport.builder().userAgent(userAgent()).tls(tls(c)).listeners(listeners)
                .onCancel(ctx.tty()::onCancel);
        try {
            c.apiTimeout().ifPresent(b::timeout);
        } catch (ConfigException e) {
            throw new ConfigFailure(e.getMessage(), e.exitCode());
        }
        java.util.function.UnaryOperator<dev.jos.http.ApiRequest> stamp = r -> r;
        if (recorder != null) {
            // requestshook's headers only when recording: they exist to line jos's file up with its logs
            stamp = new dev.jos.http.RequestshookHeaders();
        }
        String profile = settings.osOptions().containsKey("profile")
                ? settings.osOptions().get("profile") : ctx.env().get("OS_PROFILE");
        if (profile != null && !profile.isEmpty()) {
            profiler = new dev.jos.http.OsProfilerHeaders(profile);
            java.util.function.UnaryOperator<dev.jos.http.ApiRequest> first = stamp;
            stamp = r -> profiler.apply(first.apply(r));
        }
        b.requestStamp(stamp);
        transport = b.build();
        return transport;
    }

    /** What went wrong, in strerror's words: the JDK's message for a missing file is only its path. */
    static String reason(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "I/O error" : e.getMessage();
    }

    private TlsSettings tls(CloudConfig c) {
        boolean insecure = settings.insecure() != null ? settings.insecure() : c.insecure();
        return new TlsSettings(c.cacert().map(Path::of).orElse(null), c.cert().map(Path::of).orElse(null),
                c.key().map(Path::of).orElse(null), insecure);
    }

    /** The -f format the command prints in (null: it has no formatter). */
    public synchronized void commandFormat(String format) {
        this.commandFormat = format;
    }

    @Override
    public synchronized void close() {
        if (reuse != null && session != null) {
            reuse.keepToken(session.config().cacheKey(), session.currentToken());
        }
        if (timing != null) {
            List<List<Object>> rows = new ArrayList<>();
            for (TimingRow r : timing.rows()) {
                rows.add(List.of(r.url(), r.seconds()));
            }
            // osc_lib's clean_up: a blank line, then the table, or csv when the command printed
            // in another format than table
            ctx.out().print("\n");
            new ResultPrinter(ctx).printTable(new Table(TimingCollector.COLUMNS, rows),
                    commandFormat == null || commandFormat.equals("table") ? "table" : "csv");
        }
        // osc_lib tells the trace id after cliff's clean_up printed the timing
        if (profiler != null) {
            ctx.err().print(profiler.closingLines());
            ctx.err().flush();
        }
        if (recorder != null) {
            try {
                recorder.close();
            } catch (IOException e) {
                // every line was flushed as it was written; a failing close loses nothing
            }
        }
    }
}
