package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.speaker.control.SpeakerInvitations;

/**
 * /speaker/invitation/{token}: a new speaker sets a password, an existing account just accepts; both then
 * sign in. Opening the link changes nothing (mail scanners open links too); only the form's POST does.
 * A stateless view, like the other pages anonymous visitors open: no session until the speaker signs in.
 */
@Named
@RequestScoped
public class SpeakerInvitationPage implements Serializable {

    @Inject
    SpeakerInvitations invitations;

    @Inject
    LocaleSelection localeSelection;

    private String token;
    private SpeakerInvitations.Pending pending;
    private String problem;
    private String password;
    private String passwordRepeated;

    /** The token of the URL (PageRouter's forward names it), already while the posted form is decoded. */
    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        if (token != null) {
            load();
        }
    }

    public void load() {
        if (pending != null || problem != null) {
            return;
        }
        try {
            pending = invitations.pending(token);
        } catch (PodiumException.NotFound | PodiumException.Conflict e) {
            problem = e.messageKey();
        }
    }

    public void accept() throws IOException {
        if (pending != null && !pending.accountExists() && (password == null || !password.equals(passwordRepeated))) {
            FacesErrors.show("invitation", new PodiumException.Invalid("passwordRepeated", "error.speaker.passwordRepeat"),
                    localeSelection.getLocale());
            return;
        }
        try {
            invitations.redeem(token, password);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login?next="
                    + URLEncoder.encode(external.getRequestContextPath() + "/speaker/", StandardCharsets.UTF_8));
        } catch (PodiumException e) {
            FacesErrors.show("invitation", e, localeSelection.getLocale());
        }
    }

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public SpeakerInvitations.Pending getPending() { return pending; }
    public String getProblem() { return problem; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeated() { return passwordRepeated; }
    public void setPasswordRepeated(String passwordRepeated) { this.passwordRepeated = passwordRepeated; }
}
