package de.podium.speaker.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.platform.control.PlainText;

/** An organizer's invitation of a speaker to a talk; the name is needed only for someone not yet a speaker. */
@Schema(name = "SpeakerInvitationData")
public class InvitationData implements java.io.Serializable {
    @NotBlank
    @Email
    @Size(max = 254)
    public String email;
    @Pattern(regexp = "de|en")
    public String locale;
    @PlainText(max = 60)
    public String title;
    @PlainText(max = 120)
    public String firstName;
    @PlainText(max = 120)
    public String lastName;
    @PlainText(max = 300)
    public String office;
    @PlainText(max = 300)
    public String organisation;
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public void setLastName(String lastName) { this.lastName = lastName; }
}
