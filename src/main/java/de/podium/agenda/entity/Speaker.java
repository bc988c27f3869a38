package de.podium.agenda.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import de.podium.event.entity.Conference;
import de.podium.platform.entity.Salutation;
import de.podium.security.entity.Account;

/** A speaker (Referent/in) of one conference, with protocol data: title, office and organisation. */
@Entity
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    private Salutation salutation = Salutation.NONE;
    private String title;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    private String office;
    private String organisation;
    private String email;
    @Column(name = "bio_de")
    private String bioDe;
    @Column(name = "bio_en")
    private String bioEn;

    /** The speaker agreed that bio and photo appear on the public speaker pages. */
    @jakarta.persistence.Column(name = "public_profile")
    private boolean publicProfile;
    @Column(name = "photo_path")
    private String photoPath;
    @Version
    private long version;

    protected Speaker() {
    }

    public Speaker(Conference conference, String title, String firstName, String lastName) {
        this.conference = conference;
        this.title = title;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    /** Name as protocol writes it: "Dr. Thomas de Maizière". */
    public String fullName() {
        String name = firstName + " " + lastName;
        return title == null || title.isBlank() ? name : title + " " + name;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public Account getAccount() { return account; }
    public void linkAccount(Account linked) { this.account = linked; }
    public Salutation getSalutation() { return salutation; }
    public void setSalutation(Salutation salutation) { this.salutation = salutation == null ? Salutation.NONE : salutation; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public void rename(String first, String last) {
        this.firstName = first;
        this.lastName = last;
    }
    public String getPhotoPath() { return photoPath; }
    public void setPhotoPath(String photoPath) { this.photoPath = photoPath; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getOffice() { return office; }
    public void setOffice(String office) { this.office = office; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getBioDe() { return bioDe; }
    public void setBioDe(String bioDe) { this.bioDe = bioDe; }
    public String getBioEn() { return bioEn; }
    public void setBioEn(String bioEn) { this.bioEn = bioEn; }
    public boolean isPublicProfile() { return publicProfile; }
    public void setPublicProfile(boolean publicProfile) { this.publicProfile = publicProfile; }
}
