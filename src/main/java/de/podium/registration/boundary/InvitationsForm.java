package de.podium.registration.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.Invitations;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.entity.Invitation;

/** The invitation section of the organizer's registration page: the list, one invitation, a CSV file of many. */
@Named
@ViewScoped
public class InvitationsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_CSV_BYTES = 1_000_000;

    @Inject
    Invitations invitations;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    OrganizerRegistrationsPage page;

    private transient Part inviteFile;
    private String inviteEmail;
    private String inviteCategory;
    private String inviteSalutation = "NONE";
    private String inviteTitle;
    private String inviteFirstName;
    private String inviteLastName;
    private String inviteOffice;

    public void invite() {
        RegistrationData.InvitationData data = new RegistrationData.InvitationData();
        data.email = inviteEmail;
        data.category = inviteCategory;
        data.salutation = inviteSalutation;
        data.title = inviteTitle;
        data.firstName = inviteFirstName;
        data.lastName = inviteLastName;
        data.office = inviteOffice;
        try {
            Invitation created = invitations.invite(page.getSlug(), data);
            PageMessages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                    Texts.get(localeSelection.getLocale(), "organizer.invitations.created", created.getCode()));
            inviteEmail = null;
            inviteSalutation = "NONE";
            inviteTitle = null;
            inviteFirstName = null;
            inviteLastName = null;
            inviteOffice = null;
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "invitation",
                    Set.of("email", "category", "salutation", "title", "firstName", "lastName", "office"));
        }
    }

    /** Many invitations at once from an uploaded CSV file (all rows or none). */
    public void importInvitations() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = localeSelection.getLocale();
        if (inviteFile == null || inviteFile.getSize() == 0) {
            PageMessages.global(faces, FacesMessage.SEVERITY_ERROR, Texts.get(locale, "organizer.invitations.csv.empty"));
            return;
        }
        if (inviteFile.getSize() > MAX_CSV_BYTES) {
            PageMessages.global(faces, FacesMessage.SEVERITY_ERROR, Texts.get(locale, "organizer.invitations.csv.tooLarge"));
            return;
        }
        try (InputStream in = inviteFile.getInputStream()) {
            String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            int created = invitations.importCsv(page.getSlug(), csv).size();
            PageMessages.global(faces, FacesMessage.SEVERITY_INFO, Texts.get(locale, "organizer.invitations.csv.imported", created));
        } catch (PodiumException.Invalid invalid) {
            invalid.fieldErrors().forEach(f -> PageMessages.global(faces, FacesMessage.SEVERITY_ERROR,
                    f.field() + ": " + Texts.get(locale, f.messageKey(), f.args())));
            faces.validationFailed();
        } catch (IOException e) {
            PageMessages.global(faces, FacesMessage.SEVERITY_ERROR, Texts.get(locale, "organizer.invitations.csv.empty"));
        }
    }

    public List<Invitation> getInvitations() {
        return invitations.of(page.getSlug());
    }

    public Part getInviteFile() { return inviteFile; }
    public void setInviteFile(Part inviteFile) { this.inviteFile = inviteFile; }

    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public String getInviteCategory() { return inviteCategory; }
    public void setInviteCategory(String inviteCategory) { this.inviteCategory = inviteCategory; }
    public String getInviteSalutation() { return inviteSalutation; }
    public void setInviteSalutation(String inviteSalutation) { this.inviteSalutation = inviteSalutation; }
    public String getInviteTitle() { return inviteTitle; }
    public void setInviteTitle(String inviteTitle) { this.inviteTitle = inviteTitle; }
    public String getInviteFirstName() { return inviteFirstName; }
    public void setInviteFirstName(String inviteFirstName) { this.inviteFirstName = inviteFirstName; }
    public String getInviteLastName() { return inviteLastName; }
    public void setInviteLastName(String inviteLastName) { this.inviteLastName = inviteLastName; }
    public String getInviteOffice() { return inviteOffice; }
    public void setInviteOffice(String inviteOffice) { this.inviteOffice = inviteOffice; }
}
