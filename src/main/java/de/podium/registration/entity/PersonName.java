package de.podium.registration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Title and names exactly as given (umlauts, ß, accents, non-Latin scripts), addressed with the office. */
@Embeddable
public class PersonName {

    private String title;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;

    protected PersonName() {
    }

    public PersonName(String title, String firstName, String lastName) {
        if (firstName == null || firstName.isBlank() || lastName == null || lastName.isBlank()) {
            throw new IllegalArgumentException("first and last name are required");
        }
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
    }

    /** "Dr. Thomas de Maizière". */
    public String full() {
        return (title == null ? "" : title + " ") + firstName + " " + lastName;
    }

    /** Sort key for lists: last name, then first name. */
    public String sortKey() {
        return (lastName + " " + firstName).toLowerCase(java.util.Locale.ROOT);
    }

    public String getTitle() { return title; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
}
