package de.podium.platform.control;

import java.util.logging.Logger;

/** Turns a fatal start-up problem into one readable line and, unless configured otherwise, ends the process. */
public final class StartupFailure extends RuntimeException {

    private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());

    private StartupFailure(String message) {
        super(message, null, false, false);
    }

    public static StartupFailure stop(String reason, boolean exitProcess) {
        String line = "PODIUM CANNOT START: " + reason;
        LOG.severe(line);
        System.err.println(line);
        if (exitProcess) {
            // exit from another thread: the deploying thread holds locks that shutdown hooks wait for
            Thread exit = new Thread(() -> System.exit(3), "podium-startup-failure");
            exit.setDaemon(false);
            exit.start();
        }
        return new StartupFailure(line);
    }

    public static String firstLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    public static String withoutSecrets(String jdbcUrl) {
        return jdbcUrl == null ? "(not set)" : jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
