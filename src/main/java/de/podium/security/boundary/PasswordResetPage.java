package de.podium.security.boundary;

import java.io.IOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.security.control.PasswordResets;

/**
 * /password-reset: without a token, asks for the address and mails a link; with the token of that link, takes the
 * new password and signs in. Opening the link changes nothing (mail scanners open links too); only the POST does.
 * A stateless view like the sign-in page.
 */
@Named
@RequestScoped
public class PasswordResetPage {

    @Inject
    PasswordResets resets;

    @Inject
    SecurityContext securityContext;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    @ConfigProperty(name = "podium.security.password-reset-expiry", defaultValue = "PT1H")
    java.time.Duration expiry;

    private String token;
    private boolean usable;
    private boolean sent;
    private String email;
    private String password;
    private String passwordRepeated;

    @PostConstruct
    void init() {
        token = Texts.blankToNull(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token"));
        usable = token != null && resets.isUsable(token);
    }

    public void requestLink() {
        try {
            resets.request(email);
            sent = true;
            email = null;
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "passwordReset.sent", expiry.toMinutes()));
        } catch (PodiumException e) {
            FacesErrors.show("reset", e, localeSelection.getLocale());
        }
    }

    public void save() throws IOException {
        if (password == null || !password.equals(passwordRepeated)) {
            FacesErrors.show("choose", new PodiumException.Invalid("passwordRepeated", "error.passwordReset.repeat"),
                    localeSelection.getLocale());
            return;
        }
        String account;
        try {
            account = resets.confirm(token, password);
        } catch (PodiumException e) {
            FacesErrors.show("choose", e, localeSelection.getLocale());
            usable = !(e instanceof PodiumException.Gone);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(account, password))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            boolean onlySpeaker = request.isUserInRole("SPEAKER") && !request.isUserInRole("ORGANIZER")
                    && !request.isUserInRole("ADMIN");
            external.redirect(external.getRequestContextPath() + (onlySpeaker ? "/speaker/" : "/organizer/"));
        } else {
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    public String getToken() { return token; }
    public boolean isUsable() { return usable; }
    public boolean isSent() { return sent; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordRepeated() { return passwordRepeated; }
    public void setPasswordRepeated(String passwordRepeated) { this.passwordRepeated = passwordRepeated; }
}
