package de.podium.registration.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.control.PodiumException;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;

/**
 * The link of the double opt-in mail. Confirming takes a button press (a POST): mail scanners that open
 * links must not confirm in the person's name.
 */
@Named
@RequestScoped
public class ConfirmPage {

    @Inject
    RegistrationService registrations;

    @Inject
    RegistrationLinks links;

    private String token;
    private Registration confirmed;
    private boolean unknown;

    public void confirm() {
        try {
            confirmed = registrations.confirm(token);
        } catch (PodiumException e) {
            unknown = true;
        }
    }

    public String getManagePath() {
        return confirmed == null ? null : links.managePath(confirmed);
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public Registration getConfirmed() { return confirmed; }
    public boolean isUnknown() { return unknown; }
}
