package de.podium.event.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A participant category (Teilnehmerkategorie) with optional capacity, invitation and approval rules. */
@Entity
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "conference_id")
    private Conference conference;

    private String code;
    private String name;
    @Column(name = "name_en")
    private String nameEn;
    private Integer capacity;
    @Column(name = "invitation_only")
    private boolean invitationOnly;
    @Column(name = "approval_required")
    private boolean approvalRequired;
    private String colour = "#1f4e79";
    /** Only for people who come with an official (registered through the official's manage link). */
    private boolean companion;
    @Column(name = "companion_name_card")
    private boolean companionNameCard;
    private int position;
    /** Places taken, maintained by conditional UPDATEs of the registration feature, never written here. */
    @Column(insertable = false, updatable = false)
    private int held;

    protected Category() {
    }

    Category(Conference conference, String code, String name, int position) {
        this.conference = conference;
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public String localizedName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    /** Places left, or null when the category has no limit of its own. */
    public Integer available() {
        return capacity == null ? null : Math.max(0, capacity - held);
    }

    public Long getId() { return id; }
    public int getHeld() { return held; }
    public Conference getConference() { return conference; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isInvitationOnly() { return invitationOnly; }
    public void setInvitationOnly(boolean invitationOnly) { this.invitationOnly = invitationOnly; }
    public boolean isApprovalRequired() { return approvalRequired; }
    public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
    public String getColour() { return colour; }
    public boolean isCompanion() { return companion; }
    public void setCompanion(boolean companion) { this.companion = companion; }
    public boolean isCompanionNameCard() { return companionNameCard; }
    public void setCompanionNameCard(boolean companionNameCard) { this.companionNameCard = companionNameCard; }

    /** Whether people of this category get a table name card: everyone but companions, unless the organizer says so. */
    public boolean getsNameCard() {
        return !companion || companionNameCard;
    }

    /** Black or white text on this category's colour, whichever gives the higher WCAG contrast (always ≥ 4.5:1). */
    public String getTextColour() { return Colour.of(colour).readableText().hex(); }
    public void setColour(String colour) { this.colour = colour; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
