package de.podium.platform.control;

import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log ({@code eclipselink.logging.logger} in persistence.xml) without the unique violations.
 * EclipseLink logs every failed statement as a warning with its stack trace before the application sees it; a
 * unique violation is how the database refuses a second active registration of an address, which the
 * registration answers with 409 as a user's mistake, not a fault. A unique violation no code expects still reaches
 * the log as the failure it causes: the API logs it with its incident number ({@code UnexpectedErrorMapper}), the
 * web container a page's.
 */
public class PersistenceLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (!UniqueViolation.causes(entry.getException())) {
            super.log(entry);
        }
    }
}
