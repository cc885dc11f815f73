package dev.jos.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openstack4j.api.Apis;
import org.openstack4j.api.compute.ServerService;
import org.openstack4j.api.exceptions.ApiNotFoundException;
import org.openstack4j.api.networking.NetworkService;
import org.openstack4j.openstack.compute.internal.ServerServiceImpl;
import org.openstack4j.openstack.networking.internal.NetworkServiceImpl;

class LazyApiProviderTest {
    @Test
    void theTableIsOpenstack4jsOwn() throws Exception {
        try (var in = LazyApiProvider.class.getResourceAsStream(LazyApiProvider.TABLE)) {
            assertEquals(LazyApiProvider.render(LazyApiProvider.defaultBindings()), new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "stale: java -cp \"target/jos.jar:target/lib/*\" dev.jos.session.LazyApiProvider src/main/resources");
        }
    }

    @Test
    void openstack4jAsksThisProviderWhichLoadsAServiceWhenAskedAndKeepsIt() throws Exception {
        Apis.get(ServerService.class);
        Field f = Apis.class.getDeclaredField("provider");
        f.setAccessible(true);
        assertInstanceOf(LazyApiProvider.class, f.get(null), "META-INF/services names the provider openstack4j uses");

        LazyApiProvider p = new LazyApiProvider();
        p.initialize();
        ServerService servers = p.get(ServerService.class);
        assertInstanceOf(ServerServiceImpl.class, servers);
        assertSame(servers, p.get(ServerService.class));
        assertInstanceOf(NetworkServiceImpl.class, p.get(NetworkService.class));
        ApiNotFoundException e = assertThrows(ApiNotFoundException.class, () -> p.get(Runnable.class));
        assertEquals("API Not found for: java.lang.Runnable", e.getMessage());
    }
}
