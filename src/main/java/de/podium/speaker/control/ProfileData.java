package de.podium.speaker.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.PlainText;

/** What a speaker keeps about themselves; bios are HTML with limited formatting. */
public class ProfileData implements java.io.Serializable {
    @PlainText(max = 60)
    public String title;
    @NotBlank
    @PlainText(max = 120)
    public String firstName;
    @NotBlank
    @PlainText(max = 120)
    public String lastName;
    @PlainText(max = 300)
    public String office;
    @PlainText(max = 300)
    public String organisation;
    @Size(max = 8000)
    public String bioDe;
    @Size(max = 8000)
    public String bioEn;
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = firstName; }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = lastName; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getBioDe() { return bioDe; }
    public void setBioDe(String bioDe) { this.bioDe = bioDe; }
    public String getBioEn() { return bioEn; }
    public void setBioEn(String bioEn) { this.bioEn = bioEn; }
}
