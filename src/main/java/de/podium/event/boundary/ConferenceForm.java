package de.podium.event.boundary;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import de.podium.event.control.ConferenceData;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;

/** The organizer's conference form: wall-clock times in the conference's zone, editable category and track rows. */
public class ConferenceForm implements Serializable {

    private String slug;
    private String title;
    private String subtitle;
    private String description;
    private String organizer;
    private String organizerEmail;
    private String imprintUrl;
    private String privacyUrl;
    private String venue;
    private String city;
    private String timeZone = "Europe/Berlin";
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer capacity;
    private boolean registrationOpen = true;
    private boolean doubleOptIn = true;
    private final List<Row> categories = new ArrayList<>();
    private final List<Row> tracks = new ArrayList<>();

    public static ConferenceForm of(Conference c) {
        ConferenceForm form = new ConferenceForm();
        form.slug = c.getSlug();
        form.title = c.getTitle();
        form.subtitle = c.getSubtitle();
        form.description = c.getDescription();
        form.organizer = c.getOrganizerName();
        form.organizerEmail = c.getOrganizerEmail();
        form.imprintUrl = c.getImprintUrl();
        form.privacyUrl = c.getPrivacyUrl();
        form.venue = c.getVenue();
        form.city = c.getCity();
        form.timeZone = c.getTimeZone();
        form.startsAt = c.getStartsAt();
        form.endsAt = c.getEndsAt();
        form.capacity = c.getCapacity();
        form.registrationOpen = c.isRegistrationOpen();
        form.doubleOptIn = c.isDoubleOptIn();
        for (Category category : c.getCategories()) {
            Row row = new Row();
            row.code = category.getCode();
            row.name = category.getName();
            row.nameEn = category.getNameEn();
            row.capacity = category.getCapacity();
            row.invitationOnly = category.isInvitationOnly();
            row.approvalRequired = category.isApprovalRequired();
            row.companion = category.isCompanion();
            row.companionNameCard = category.isCompanionNameCard();
            row.colour = category.getColour();
            form.categories.add(row);
        }
        for (Track track : c.getTracks()) {
            Row row = new Row();
            row.code = track.getCode();
            row.name = track.getName();
            row.nameEn = track.getNameEn();
            row.colour = track.getColour();
            form.tracks.add(row);
        }
        return form;
    }

    public ConferenceData toData() {
        ConferenceData data = new ConferenceData();
        data.slug = slug;
        data.title = title;
        data.subtitle = subtitle;
        data.description = description;
        data.organizer = organizer;
        data.organizerEmail = organizerEmail;
        data.imprintUrl = imprintUrl;
        data.privacyUrl = privacyUrl;
        data.venue = venue;
        data.city = city;
        data.timeZone = timeZone;
        data.startsAt = withOffset(startsAt);
        data.endsAt = withOffset(endsAt);
        data.capacity = capacity;
        data.registrationOpen = registrationOpen;
        data.doubleOptIn = doubleOptIn;
        data.categories = categories.stream().map(Row::toCategory).toList();
        data.tracks = tracks.stream().map(Row::toTrack).toList();
        return data;
    }

    /** Wall-clock time in the chosen zone; an invalid zone is reported by the service, so UTC stands in. */
    private OffsetDateTime withOffset(LocalDateTime local) {
        if (local == null) {
            return null;
        }
        try {
            return local.atZone(ZoneId.of(timeZone == null ? "" : timeZone.strip())).toOffsetDateTime();
        } catch (DateTimeException e) {
            return local.atOffset(ZoneOffset.UTC);
        }
    }

    public void addCategory() {
        categories.add(new Row());
    }

    public void removeCategory(Row row) {
        categories.remove(row);
    }

    public void addTrack() {
        Row row = new Row();
        row.colour = Track.suggestedColour(tracks.size());
        tracks.add(row);
    }

    public void removeTrack(Row row) {
        tracks.remove(row);
    }

    /** One category or track row. */
    public static class Row implements Serializable {
        private String code;
        private String name;
        private String nameEn;
        private Integer capacity;
        private boolean invitationOnly;
        private boolean approvalRequired;
        private boolean companion;
        private boolean companionNameCard;
        private String colour = "#1f4e79";

        ConferenceData.CategoryData toCategory() {
            ConferenceData.CategoryData data = new ConferenceData.CategoryData();
            data.code = code;
            data.name = name;
            data.nameEn = nameEn;
            data.capacity = capacity;
            data.invitationOnly = invitationOnly;
            data.approvalRequired = approvalRequired;
            data.companion = companion;
            data.companionNameCard = companionNameCard;
            data.colour = colour;
            return data;
        }

        ConferenceData.TrackData toTrack() {
            ConferenceData.TrackData data = new ConferenceData.TrackData();
            data.code = code;
            data.name = name;
            data.nameEn = nameEn;
            data.colour = colour;
            return data;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public Integer getCapacity() { return capacity; }
        public void setCapacity(Integer capacity) { this.capacity = capacity; }
        public boolean isCompanion() { return companion; }
        public void setCompanion(boolean companion) { this.companion = companion; }
        public boolean isCompanionNameCard() { return companionNameCard; }
        public void setCompanionNameCard(boolean companionNameCard) { this.companionNameCard = companionNameCard; }
        public boolean isInvitationOnly() { return invitationOnly; }
        public void setInvitationOnly(boolean invitationOnly) { this.invitationOnly = invitationOnly; }
        public boolean isApprovalRequired() { return approvalRequired; }
        public void setApprovalRequired(boolean approvalRequired) { this.approvalRequired = approvalRequired; }
        public String getColour() { return colour; }
        public void setColour(String colour) { this.colour = colour; }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSubtitle() { return subtitle; }
    public void setSubtitle(String subtitle) { this.subtitle = subtitle; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOrganizer() { return organizer; }
    public void setOrganizer(String organizer) { this.organizer = organizer; }
    public String getImprintUrl() { return imprintUrl; }
    public void setImprintUrl(String imprintUrl) { this.imprintUrl = imprintUrl; }
    public String getPrivacyUrl() { return privacyUrl; }
    public void setPrivacyUrl(String privacyUrl) { this.privacyUrl = privacyUrl; }
    public String getOrganizerEmail() { return organizerEmail; }
    public void setOrganizerEmail(String organizerEmail) { this.organizerEmail = organizerEmail; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public boolean isRegistrationOpen() { return registrationOpen; }
    public void setRegistrationOpen(boolean registrationOpen) { this.registrationOpen = registrationOpen; }
    public boolean isDoubleOptIn() { return doubleOptIn; }
    public void setDoubleOptIn(boolean doubleOptIn) { this.doubleOptIn = doubleOptIn; }
    public List<Row> getCategories() { return categories; }
    public List<Row> getTracks() { return tracks; }
}
