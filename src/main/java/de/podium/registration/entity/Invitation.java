package de.podium.registration.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.entity.Salutation;

/** A personal, single-use code that admits one person to an invitation-only category. */
@Entity
@NamedQuery(name = Invitation.BY_CODE, query = "SELECT i FROM Invitation i WHERE i.code = :code")
@NamedQuery(name = Invitation.OF_CONFERENCE, query = "SELECT i FROM Invitation i WHERE i.conference = :conference "
        + "ORDER BY i.createdAt DESC, i.id DESC")
public class Invitation {

    public static final String BY_CODE = "Invitation.byCode";
    public static final String OF_CONFERENCE = "Invitation.ofConference";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private Category category;

    private String code;
    private String email;
    @Enumerated(EnumType.STRING)
    private Salutation salutation = Salutation.NONE;
    private String title;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String office;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "used_at")
    private Instant usedAt;
    @Column(name = "registration_id")
    private Long registrationId;
    @Version
    private long version;

    protected Invitation() {
    }

    public Invitation(Category category, EmailAddress email, Salutation salutation, String title, String firstName, String lastName,
                      String office) {
        this.conference = category.getConference();
        this.category = category;
        this.email = email.value();
        this.salutation = salutation == null ? Salutation.NONE : salutation;
        this.title = title;
        this.firstName = firstName;
        this.lastName = lastName;
        this.office = office;
        this.code = Registration.token().substring(0, 20);
        this.createdAt = Instant.now();
    }

    /** Whether this code admits to the given category now. */
    public boolean admits(Category wanted) {
        return usedAt == null && category.getId().equals(wanted.getId());
    }

    public void useFor(Registration registration) {
        if (usedAt != null) {
            throw new IllegalStateException("invitation already used");
        }
        usedAt = Instant.now();
        registrationId = registration.getId();
    }

    /** GDPR erasure of the invited person: the code stays used or unused, the person goes. */
    public void anonymise() {
        email = "erased-invitation-" + id + "@erased.invalid";
        salutation = Salutation.NONE;
        title = null;
        firstName = null;
        lastName = null;
        office = null;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public Category getCategory() { return category; }
    public String getCode() { return code; }
    public String getEmail() { return email; }
    public Salutation getSalutation() { return salutation; }
    public String getTitle() { return title; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getOffice() { return office; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUsedAt() { return usedAt; }
    public boolean isUsed() { return usedAt != null; }
    public Long getRegistrationId() { return registrationId; }
}
