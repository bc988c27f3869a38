package de.podium.mail.control;

import java.lang.reflect.Method;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/** Tells failures that retrying cannot cure (5xx answers, invalid addresses) from those it may (down, 4xx). */
final class MailFailures {

    private MailFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AddressException) {
                return true;
            }
            Integer code = smtpReturnCode(t);
            if (code != null && code >= 500) {
                return true;
            }
            if (code != null && code >= 400) {
                return false;
            }
            if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0 && code == null) {
                return true;
            }
        }
        return false;
    }

    /** Angus Mail's SMTP exceptions carry the server's reply code; read it without binding to the implementation. */
    private static Integer smtpReturnCode(Throwable t) {
        try {
            Method method = t.getClass().getMethod("getReturnCode");
            return (Integer) method.invoke(t);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    static String describe(Throwable failure) {
        Throwable root = failure;
        StringBuilder text = new StringBuilder(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            text.append(" / ").append(root.getClass().getSimpleName()).append(": ").append(root.getMessage());
        }
        return MailTemplates.oneLine(text.toString());
    }
}
