package de.podium.platform.control;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The one data source class the container pool instantiates. The JDBC URL from configuration
 * decides the driver, so switching from the embedded H2 to PostgreSQL needs only {@code podium.db.url}.
 */
public class RoutingDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return forEclipseLink(delegate().getConnection());
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        return forEclipseLink(delegate().getConnection(username, pass));
    }

    private Connection forEclipseLink(Connection connection) {
        return url.startsWith("jdbc:postgresql:") ? GeneratedKeyStatements.closingAfterKeys(connection) : connection;
    }

    private DataSource delegate() throws SQLException {
        DataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                current = delegate;
            }
        }
        return current;
    }

    private DataSource create() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("podium.db.url is not set");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setLoginTimeout(Math.max(loginTimeout, 10));
            pg.setApplicationName("podium");
            // EclipseLink binds a NULL of a converted column (e.g. an unset Instant) as VARCHAR, which PostgreSQL
            // refuses for TIMESTAMP WITH TIME ZONE; untyped string parameters let the server take the column type
            pg.setStringType("unspecified");
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new SQLException("Unsupported database URL (use jdbc:postgresql: or jdbc:h2:): " + url);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
