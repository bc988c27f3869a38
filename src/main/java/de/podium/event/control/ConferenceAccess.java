package de.podium.event.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import de.podium.event.entity.Conference;
import de.podium.platform.control.PodiumException;
import de.podium.security.control.CurrentUser;
import de.podium.security.entity.Account;
import de.podium.security.entity.Role;

/** Per-conference rights: organizers act only on the conferences they organise; admins on all. */
@RequestScoped
public class ConferenceAccess {

    @Inject
    CurrentUser currentUser;

    public Account requireSignedIn() {
        return currentUser.account().orElseThrow(PodiumException.NotSignedIn::new);
    }

    /** May create conferences: organizers and admins. */
    public Account requireOrganizerRole() {
        Account account = requireSignedIn();
        if (!account.has(Role.ORGANIZER) && !account.has(Role.ADMIN)) {
            throw new PodiumException.Forbidden("forbidden", "error.forbidden.organizerRole");
        }
        return account;
    }

    public Account requireOrganizerOf(Conference conference) {
        Account account = requireSignedIn();
        if (!mayOrganise(account, conference)) {
            throw new PodiumException.Forbidden("forbidden", "error.forbidden.conference", conference.getSlug());
        }
        return account;
    }

    public boolean mayOrganise(Conference conference) {
        return currentUser.account().map(a -> mayOrganise(a, conference)).orElse(false);
    }

    private static boolean mayOrganise(Account account, Conference conference) {
        return account.has(Role.ADMIN) || account.has(Role.ORGANIZER) && conference.isOrganizedBy(account.getEmail());
    }
}
