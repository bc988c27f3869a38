package de.podium.event.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.event.entity.QuestionOption;
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
                         String privacyUrl, List<QuestionJson> questions) {
        static Detail of(Conference c, Locale locale, List<Question> questions) {
            return new Detail(c.getSlug(), c.getTitle(), c.getSubtitle(), c.getDescription(), c.getOrganizerName(),
                    c.getVenue(), c.getCity(), c.getTimeZone(), c.startsAtWithOffset(), c.endsAtWithOffset(),
                    c.getCapacity(), c.isRegistrationOpen(), c.isDoubleOptIn(),
                    c.getCategories().stream().map(cat -> CategoryJson.of(cat, locale)).toList(),
                    c.getTracks().stream().map(t -> TrackJson.of(t, locale)).toList(), c.getImprintUrl(),
                    c.getPrivacyUrl(), questions.stream().map(QuestionJson::of).toList());
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

    /** Both languages at once, as the organizer defines them; {@code en} is null where only German was given. */
    public record Label(String de, String en) {
    }

    public record QuestionJson(String code, String type, Label label, boolean required, List<String> categories,
                               List<OptionJson> options, boolean sensitive) {
        static QuestionJson of(Question q) {
            return new QuestionJson(q.getCode(), q.getType().name(), new Label(q.getLabel(), q.getLabelEn()),
                    q.isRequired(), List.copyOf(q.getCategories()), q.getOptions().stream().map(OptionJson::of).toList(),
                    q.isSensitive());
        }
    }

    public record OptionJson(String code, Label label, Integer capacity) {
        static OptionJson of(QuestionOption o) {
            return new OptionJson(o.getCode(), new Label(o.getLabel(), o.getLabelEn()), o.getCapacity());
        }
    }

    public record TrackJson(String code, String name, String colour) {
        static TrackJson of(Track t, Locale locale) {
            return new TrackJson(t.getCode(), t.localizedName(locale), t.getColour());
        }
    }
}
