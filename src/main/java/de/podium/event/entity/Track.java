package de.podium.event.entity;

import java.util.List;
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

    /**
     * Colours a new track starts with, one per position, so that schedule apps (which colour talks by track) can
     * tell the tracks apart; each carries white or black text at 4.5:1 or more (see {@link Colour}).
     */
    static final List<String> PALETTE = List.of("#2e6b30", "#1f4e79", "#9c3d12", "#6a3d9a", "#0f6e73", "#8a6d00",
            "#b0245a", "#4d4d4d");

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
        this.colour = suggestedColour(position);
    }

    /** The palette colour for a track at this position: what a new track starts with. */
    public static String suggestedColour(int position) {
        return PALETTE.get(position % PALETTE.size());
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
