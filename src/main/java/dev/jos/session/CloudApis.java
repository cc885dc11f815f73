package dev.jos.session;

import java.util.function.Supplier;

import dev.jos.identity.IdentityApi;
import dev.jos.identity.RestIdentityApi;

/** The real services of one invocation, over its {@link CloudSession}; each built on first use. */
public final class CloudApis implements ServiceApis {
    private final Supplier<CloudSession> sessionFactory;
    private CloudSession session;
    private IdentityApi identity;

    public CloudApis(Supplier<CloudSession> sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    private synchronized CloudSession session() {
        if (session == null) {
            session = sessionFactory.get();
        }
        return session;
    }

    @Override
    public synchronized IdentityApi identity() {
        if (identity == null) {
            CloudSession s = session();
            identity = new RestIdentityApi(s.client("identity"), s::token);
        }
        return identity;
    }
}
