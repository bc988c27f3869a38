package de.podium.event.control;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;

/** What an organizer states about a conference, from the API or the organizer pages. */
public class ConferenceData {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,79}", message = "{podium.slug.pattern}")
    public String slug;
    @NotBlank
    @Size(max = 300)
    public String title;
    @Size(max = 500)
    public String subtitle;
    @Size(max = 20000)
    @MultiLine
    public String description;
    @Size(max = 200)
    public String organizer;
    @Email
    @Size(max = 254)
    public String organizerEmail;
    /** The organizer's imprint and privacy notice (http(s) or a path of Podium); empty = the operator's. */
    @Size(max = 500)
    public String imprintUrl;
    @Size(max = 500)
    public String privacyUrl;
    @Size(max = 300)
    public String venue;
    @NotBlank
    @Size(max = 120)
    public String city;
    @NotBlank
    @Size(max = 60)
    public String timeZone;
    @NotNull
    public OffsetDateTime startsAt;
    @NotNull
    public OffsetDateTime endsAt;
    @PositiveOrZero
    public Integer capacity;
    public Boolean registrationOpen;
    public Boolean doubleOptIn;
    @Valid
    @Size(max = 50)
    public List<@NotNull @Valid CategoryData> categories;
    @Valid
    @Size(max = 50)
    public List<@NotNull @Valid TrackData> tracks;

    public static class CategoryData {
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{podium.code.pattern}")
        public String code;
        @NotBlank
        @Size(max = 120)
        public String name;
        @Size(max = 120)
        public String nameEn;
        @PositiveOrZero
        public Integer capacity;
        public boolean invitationOnly;
        public boolean approvalRequired;
        /** A category for companions of an official (badge band "Begleitung", no name card unless {@code companionNameCard}). */
        public boolean companion;
        public boolean companionNameCard;
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{podium.colour.pattern}")
        public String colour;
    }

    public static class TrackData {
        @NotBlank
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}", message = "{podium.code.pattern}")
        public String code;
        @NotBlank
        @Size(max = 120)
        public String name;
        @Size(max = 120)
        public String nameEn;
        @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{podium.colour.pattern}")
        public String colour;
    }
}
