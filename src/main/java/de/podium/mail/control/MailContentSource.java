package de.podium.mail.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders, when a mail is sent, what it is about: a feature that queues mail about its own things (a
 * registration, say) implements this for their type, so that the request that queued the mail stores only a
 * reference and the mail shows the thing as it is when it goes out. Implementations throw
 * {@link MailRenderingFailed} when the thing is gone or erased, or cannot be rendered.
 */
public interface MailContentSource {

    /** The type this source renders, as given to {@link MailRequest#about(String, long)}. */
    String about();

    /** The template's values and the recipient's display name, for a mail of {@code kind} about thing {@code id}. */
    Content content(String kind, long id, Locale locale);

    /** The files a mail of {@code kind} about thing {@code id} carries (none by default). */
    default List<MailRequest.Attachment> attachments(String kind, long id) {
        return List.of();
    }

    /**
     * A real thing of the conference a mail of {@code kind} could be about, for the organizer's preview of a mail
     * text; none by default.
     */
    default java.util.OptionalLong example(String kind, long conferenceId) {
        return java.util.OptionalLong.empty();
    }

    record Content(String recipientName, Map<String, String> model) {
    }
}
