package de.podium.platform.control;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The name and office a person states about themselves, as attendee or speaker; bound from JSON and from forms. */
public class PersonData implements Serializable {

    /** {@code MR}, {@code MS} or {@code NONE}; missing means {@code NONE}. */
    @Pattern(regexp = "MR|MS|NONE", message = "{podium.salutation.pattern}")
    public String salutation;
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

    /** Takes name and office from {@code other}, e.g. a form's fields into what a service is given. */
    public void copyFrom(PersonData other) {
        salutation = other.salutation;
        title = other.title;
        firstName = other.firstName;
        lastName = other.lastName;
        office = other.office;
        organisation = other.organisation;
    }

    public String getSalutation() { return salutation; }
    public void setSalutation(String salutation) { this.salutation = salutation; }
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
}
