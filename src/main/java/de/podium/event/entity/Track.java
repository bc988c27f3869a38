package de.podium.event.entity;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A thematic strand (Handlungsfeld), e.g. Wohnen or Sprache. */
@Entity
public class Track {

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
    private String colour = "#2e6b30";
    private int position;

    protected Track() {
    }

    Track(Conference conference, String code, String name, int position) {
        this.conference = conference;
        this.code = code;
        this.name = name;
        this.position = position;
    }

    public String localizedName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null && !nameEn.isBlank() ? nameEn : name;
    }

    public Long getId() { return id; }
    public Conference getConference() { return conference; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getColour() { return colour; }
    public void setColour(String colour) { this.colour = colour; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
}
