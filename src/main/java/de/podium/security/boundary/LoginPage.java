package de.podium.security.boundary;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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
import jakarta.validation.constraints.NotBlank;

import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.Texts;

/** The sign-in form; the check itself is done by {@link PodiumAuthenticationMechanism}. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SecurityContext securityContext;

    @Inject
    LocaleSelection localeSelection;

    @NotBlank
    private String email;
    @NotBlank
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email.trim(), password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> external.redirect(safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = request.getAttribute(PodiumAuthenticationMechanism.THROTTLED);
                String text = wait != null
                        ? Texts.get(localeSelection.getLocale(), "error.tooManyRequests", wait)
                        : Texts.get(localeSelection.getLocale(), "login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    /** Only paths of this site: an open redirect would let phishing pages borrow our sign-in. */
    String safeNext() {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
            return next;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        boolean onlySpeaker = request.isUserInRole("SPEAKER") && !request.isUserInRole("ORGANIZER")
                && !request.isUserInRole("ADMIN");
        return context + (onlySpeaker ? "/speaker/" : "/organizer/");
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
