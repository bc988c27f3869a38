package de.podium.registration.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URLEncoder;
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

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.Invitations;
import de.podium.registration.control.OrganizerRegistrations;
import de.podium.registration.control.RegistrationData;
import de.podium.registration.control.RegistrationFilter;
import de.podium.registration.control.RegistrationRetention;
import de.podium.registration.entity.Invitation;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/** The organizer's registration list: filters, counts and capacity bars, decisions, exports, invitations. */
@Named
@ViewScoped
public class OrganizerRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizerRegistrations organizer;

    @Inject
    Invitations invitations;

    @Inject
    RegistrationRetention retention;

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    private String slug;
    private String status;
    private String category;
    private String q;
    private static final long MAX_CSV_BYTES = 1_000_000;
    private transient Part inviteFile;
    private String inviteEmail;
    private String inviteCategory;
    private String inviteTitle;
    private String inviteFirstName;
    private String inviteLastName;
    private String inviteOffice;
    private Integer retentionDays;
    private transient Conference conference;
    private transient List<Registration> registrations;
    private transient OrganizerRegistrations.Summary summary;

    public void load() throws IOException {
        try {
            conference = conferences.forOrganizer(slug);
            retentionDays = retention.days(slug);
        } catch (PodiumException.NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (PodiumException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void approve(Long id) {
        act(() -> organizer.approve(slug, id));
    }

    public void reject(Long id) {
        act(() -> organizer.reject(slug, id));
    }

    public void erase(Long id) {
        act(() -> organizer.erase(slug, id));
    }

    public void invite() {
        RegistrationData.InvitationData data = new RegistrationData.InvitationData();
        data.email = inviteEmail;
        data.category = inviteCategory;
        data.title = inviteTitle;
        data.firstName = inviteFirstName;
        data.lastName = inviteLastName;
        data.office = inviteOffice;
        try {
            Invitation created = invitations.invite(slug, data);
            PageMessages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                    Texts.get(localeSelection.getLocale(), "organizer.invitations.created", created.getCode()));
            inviteEmail = null;
            inviteTitle = null;
            inviteFirstName = null;
            inviteLastName = null;
            inviteOffice = null;
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "invitation",
                    Set.of("email", "category", "title", "firstName", "lastName", "office"));
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
            int created = invitations.importCsv(slug, csv).size();
            PageMessages.global(faces, FacesMessage.SEVERITY_INFO, Texts.get(locale, "organizer.invitations.csv.imported", created));
        } catch (PodiumException.Invalid invalid) {
            invalid.fieldErrors().forEach(f -> PageMessages.global(faces, FacesMessage.SEVERITY_ERROR,
                    f.field() + ": " + Texts.get(locale, f.messageKey(), f.args())));
            faces.validationFailed();
        } catch (IOException e) {
            PageMessages.global(faces, FacesMessage.SEVERITY_ERROR, Texts.get(locale, "organizer.invitations.csv.empty"));
        }
    }

    public Part getInviteFile() { return inviteFile; }
    public void setInviteFile(Part inviteFile) { this.inviteFile = inviteFile; }

    public void saveRetention() {
        try {
            retention.keepFor(slug, retentionDays);
            PageMessages.global(FacesContext.getCurrentInstance(), FacesMessage.SEVERITY_INFO,
                    Texts.get(localeSelection.getLocale(), "organizer.retention.saved"));
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "retention", Set.of("days"));
        }
    }

    public List<Invitation> getInvitations() {
        return invitations.of(slug);
    }

    private void act(Runnable action) {
        try {
            action.run();
            registrations = null;
            summary = null;
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "registrations", Set.of());
        }
    }

    public Conference getConference() {
        if (conference == null) {
            conference = conferences.forOrganizer(slug);
        }
        return conference;
    }

    public List<Registration> getRegistrations() {
        if (registrations == null) {
            try {
                registrations = organizer.list(slug, new RegistrationFilter(status, category, q));
            } catch (PodiumException.Invalid e) {
                status = null;
                registrations = organizer.list(slug, new RegistrationFilter(null, category, q));
            }
        }
        return registrations;
    }

    public OrganizerRegistrations.Summary getSummary() {
        if (summary == null) {
            summary = organizer.summary(slug);
        }
        return summary;
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(RegistrationStatus.values()).map(Enum::name).toList();
    }

    /** A category's registrations in one status; the view iterates status names, the summary is keyed by the enum. */
    public long count(OrganizerRegistrations.CategorySummary category, String status) {
        return category.statuses().getOrDefault(RegistrationStatus.valueOf(status), 0L);
    }

    public String capacityText(OrganizerRegistrations.CategorySummary c) {
        return c.capacity() == null
                ? Texts.get(localeSelection.getLocale(), "organizer.registrations.unlimited", c.held())
                : Texts.get(localeSelection.getLocale(), "organizer.registrations.capacityBar", c.held(), c.capacity());
    }

    /** The export links carry the current filter. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder("?");
        append(query, "status", status);
        append(query, "category", category);
        append(query, "q", q);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() > 1 ? "&" : "").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public Integer getRetentionDays() { return retentionDays; }
    public void setRetentionDays(Integer retentionDays) { this.retentionDays = retentionDays; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public String getInviteCategory() { return inviteCategory; }
    public void setInviteCategory(String inviteCategory) { this.inviteCategory = inviteCategory; }
    public String getInviteTitle() { return inviteTitle; }
    public void setInviteTitle(String inviteTitle) { this.inviteTitle = inviteTitle; }
    public String getInviteFirstName() { return inviteFirstName; }
    public void setInviteFirstName(String inviteFirstName) { this.inviteFirstName = inviteFirstName; }
    public String getInviteLastName() { return inviteLastName; }
    public void setInviteLastName(String inviteLastName) { this.inviteLastName = inviteLastName; }
    public String getInviteOffice() { return inviteOffice; }
    public void setInviteOffice(String inviteOffice) { this.inviteOffice = inviteOffice; }
}
