package de.podium.platform.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Marks the current request as a write by someone who has not signed in, so that the mail it causes is held to
 * the per-recipient limit (a stranger must not be able to fill somebody's mailbox through Podium). Work outside
 * a request (jobs, the mail sender) is never anonymous.
 */
@RequestScoped
public class AnonymousRequest {

    private boolean anonymousWrite;

    public void mark() {
        anonymousWrite = true;
    }

    public boolean isAnonymousWrite() {
        return anonymousWrite;
    }

    /** Whether the running request, if any, was marked. */
    public static boolean current(Instance<AnonymousRequest> request) {
        try {
            return request.get().isAnonymousWrite();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
