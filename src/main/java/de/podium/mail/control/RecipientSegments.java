package de.podium.mail.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import de.podium.event.entity.Conference;

/**
 * Features contribute the groups an organizer can write to in bulk (confirmed attendees, one category,
 * speakers, …). Implement this as a CDI bean; bulk mail asks every implementation for its segments.
 */
public interface RecipientSegments {

    List<Segment> segments(Conference conference);

    /**
     * @param code stable id, e.g. {@code STATUS:CONFIRMED} or {@code CATEGORY:PRESS}
     * @param labelKey i18n key of the label, with {@code labelArgs} for its placeholders
     * @param recipients resolved when the organizer previews or sends
     */
    record Segment(String code, String labelKey, List<Object> labelArgs, Supplier<List<Recipient>> recipients) {
    }

    /** One addressee; {@code model} holds personal values the message may use, e.g. manageUrl. */
    record Recipient(String email, String name, Locale locale, Map<String, String> model) {
    }
}
