package de.podium.platform.control;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Payara lets EclipseLink log in while the application is being deployed, before any start-up bean runs.
 * Hooking into that login is the only place early enough to check the database and run Flyway first.
 */
public class MigrateBeforeLogin implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void preLogin(SessionEvent event) {
                DatabaseMigration.migrateOnce(dataSource(event.getSession()));
            }
        });
        session.getEventManager().addListener(new RequestQueries());
    }

    private static DataSource dataSource(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login
                && login.getConnector() instanceof JNDIConnector connector) {
            if (connector.getDataSource() != null) {
                return connector.getDataSource();
            }
            try {
                return (DataSource) new InitialContext().lookup(connector.getName());
            } catch (NamingException e) {
                throw new IllegalStateException("data source " + connector.getName() + " not found", e);
            }
        }
        try {
            return (DataSource) new InitialContext().lookup(PodiumDataSource.JNDI_NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("data source " + PodiumDataSource.JNDI_NAME + " not found", e);
        }
    }
}
