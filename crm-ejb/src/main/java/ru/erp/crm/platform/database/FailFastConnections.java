package ru.erp.crm.platform.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's own reconnect-and-retry of failed queries (by default three attempts
 * five seconds apart). The container's pool already validates connections, and the exchange
 * routes have their own retry rules; EclipseLink's retries only made a poller that caught the
 * datasource going away at undeployment hang the shutdown for tens of seconds.
 */
public class FailFastConnections implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
        }
    }
}
