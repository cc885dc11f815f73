package dev.jos.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.openstack4j.api.APIProvider;
import org.openstack4j.api.exceptions.ApiNotFoundException;
import org.openstack4j.openstack.provider.DefaultAPIProvider;

/**
 * openstack4j's service registry, made lazy. Its DefaultAPIProvider binds every service it has
 * (nearly two hundred interfaces and their implementations, sahara to senlin) on first use,
 * loading each class and what they reference: about a thousand classes and 15 ms of every cold
 * compute, image or network command, and a thousand classes more in the class-data archive that
 * every jos run maps. This provider reads
 * the same bindings from a resource written from DefaultAPIProvider's own table, and loads an
 * implementation only when it is asked for. Registered in META-INF/services, where openstack4j's
 * {@code Apis} looks first.
 *
 * <p>Regenerate the table after an openstack4j upgrade (a unit test fails while it is stale):
 * {@code java -cp "target/jos.jar:target/lib/*" dev.jos.session.LazyApiProvider src/main/resources}.
 */
public final class LazyApiProvider implements APIProvider {
    static final String TABLE = "openstack4j-apis.properties";

    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();
    private volatile Properties table;

    @Override
    public void initialize() {
        // nothing up front: that is the point
    }

    @Override
    public <T> T get(Class<T> api) {
        Object found = instances.get(api);
        if (found == null) {
            // not computeIfAbsent: an implementation's constructor may ask for another service
            Object made = create(api);
            found = instances.putIfAbsent(api, made);
            if (found == null) {
                found = made;
            }
        }
        return api.cast(found);
    }

    private Object create(Class<?> api) {
        String impl = table().getProperty(api.getName());
        if (impl == null) {
            throw new ApiNotFoundException("API Not found for: " + api.getName(), null);
        }
        try {
            return Class.forName(impl, true, api.getClassLoader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ApiNotFoundException("API Not found for: " + api.getName(), e);
        }
    }

    private Properties table() {
        Properties t = table;
        if (t == null) {
            t = new Properties();
            try (InputStream in = LazyApiProvider.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + TABLE);
                }
                t.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            table = t;
        }
        return t;
    }

    /** DefaultAPIProvider's bindings, interface name to implementation name, sorted. */
    static Map<String, String> defaultBindings() throws ReflectiveOperationException {
        new DefaultAPIProvider().initialize();
        Field f = DefaultAPIProvider.class.getDeclaredField("bindings");
        f.setAccessible(true);
        Map<String, String> names = new TreeMap<>();
        ((Map<?, ?>) f.get(null)).forEach((api, impl) -> names.put(((Class<?>) api).getName(), ((Class<?>) impl).getName()));
        return names;
    }

    static String render(Map<String, String> bindings) {
        StringBuilder sb = new StringBuilder("# openstack4j's DefaultAPIProvider bindings, for dev.jos.session.LazyApiProvider (generated: do not edit)\n");
        bindings.forEach((api, impl) -> sb.append(api).append('=').append(impl).append('\n'));
        return sb.toString();
    }

    /** Writes the table under the resources directory given. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "src/main/resources", "dev/jos/session", TABLE);
        Files.createDirectories(file.getParent());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(render(defaultBindings()));
        }
    }
}
