package de.podium.platform.control;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * A PostgreSQL connection whose statements that return generated keys close themselves once the keys have been
 * read ({@link Statement#closeOnCompletion()}).
 * <p>
 * Why: EclipseLink (as Payara 6 bundles it) takes a new row's key from {@code getGeneratedKeys()}, closes that
 * result set and never the statement. pgjdbc hands a statement's query back to its per-connection cache only when
 * the statement is closed, so every INSERT of an entity with an IDENTITY key arrived as a query never seen before:
 * parsed and planned anew by PostgreSQL each time ({@code parse <unnamed>} in its statement log) instead of
 * becoming a named server-side statement after five uses, as every other statement does.
 */
final class GeneratedKeyStatements implements InvocationHandler {

    private final Connection connection;

    private GeneratedKeyStatements(Connection connection) {
        this.connection = connection;
    }

    static Connection closingAfterKeys(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                new GeneratedKeyStatements(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return connection.toString();
            default:
                break;
        }
        Object result;
        try {
            result = method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        if (result instanceof PreparedStatement statement && returnsKeys(method, args)) {
            statement.closeOnCompletion();
        }
        return result;
    }

    /** prepareStatement(sql, RETURN_GENERATED_KEYS), (sql, columnIndexes) and (sql, columnNames). */
    private static boolean returnsKeys(Method method, Object[] args) {
        if (!"prepareStatement".equals(method.getName()) || args == null || args.length != 2) {
            return false;
        }
        return !(args[1] instanceof Integer keys) || keys == Statement.RETURN_GENERATED_KEYS;
    }
}
