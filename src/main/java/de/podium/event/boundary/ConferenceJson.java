package de.podium.event.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Track;

/** JSON shapes of conferences in API.md. */
public final class ConferenceJson {

    private ConferenceJson() {
    }

    @Schema(name = "ConferenceSummary")
    public record Summary(String slug, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, String city) {
        static Summary of(Conference c) {
            return new Summary(c.getSlug(), c.getTitle(), c.startsAtWithOffset(), c.endsAtWithOffset(), c.getCity());
        }
    }

    @Schema(name = "Conference")
    public record Detail(String slug, String title, String subtitle, String description, String organizer,
                         String venue, String city, String timeZone, OffsetDateTime startsAt, OffsetDateTime endsAt,
                         Integer capacity, boolean registrationOpen, boolean doubleOptIn,
                         List<CategoryJson> categories, List<TrackJson> tracks, String imprintUrl,
                         String privacyUrl) {
        static Detail of(Conference c, Locale locale) {
            return new Detail(c.getSlug(), c.getTitle(), c.getSubtitle(), c.getDescription(), c.getOrganizerName(),
                    c.getVenue(), c.getCity(), c.getTimeZone(), c.startsAtWithOffset(), c.endsAtWithOffset(),
                    c.getCapacity(), c.isRegistrationOpen(), c.isDoubleOptIn(),
                    c.getCategories().stream().map(cat -> CategoryJson.of(cat, locale)).toList(),
                    c.getTracks().stream().map(t -> TrackJson.of(t, locale)).toList(), c.getImprintUrl(),
                    c.getPrivacyUrl());
        }
    }

    /** {@code available} is the capacity left: capacity minus the places held by registrations. */
    public record CategoryJson(String code, String name, Integer capacity, Integer available, boolean invitationOnly,
                               boolean approvalRequired, String colour, boolean companion, boolean companionNameCard) {
        static CategoryJson of(Category c, Locale locale) {
            return new CategoryJson(c.getCode(), c.localizedName(locale), c.getCapacity(), c.available(),
                    c.isInvitationOnly(), c.isApprovalRequired(), c.getColour(), c.isCompanion(),
                    c.isCompanionNameCard());
        }
    }

    public record TrackJson(String code, String name, String colour) {
        static TrackJson of(Track t, Locale locale) {
            return new TrackJson(t.getCode(), t.localizedName(locale), t.getColour());
        }
    }
}
