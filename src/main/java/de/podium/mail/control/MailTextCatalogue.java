package de.podium.mail.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mail kinds organizers may word themselves and the {{placeholders}} each offers. Mails without a conference
 * (password reset) and circulars (written per mailing) are not among them. A placeholder's description is the
 * bundle key {@code mail.placeholder.<name>}.
 */
public final class MailTextCatalogue {

    /** Mails about a registration, rendered from it when sent (see the registration feature's content source). */
    public static final String ABOUT_REGISTRATION = "registration";

    private static final List<String> PERSON = List.of("salutationLine", "name", "firstName", "lastName");
    private static final List<String> CONFERENCE = List.of("conference", "date", "time", "venue", "city", "conferenceUrl");
    private static final List<String> REGISTRATION = List.of("category", "office", "manageUrl", "calendarUrl");

    private static final Map<String, Set<String>> KINDS = new LinkedHashMap<>();

    static {
        registration("registration.confirm", "confirmUrl");
        registration("registration.delegateConfirm", "confirmUrl", "leadName");
        registration("registration.confirmed", "shortCode");
        registration("registration.waitlisted");
        registration("registration.pendingApproval");
        registration("registration.promoted", "shortCode");
        registration("registration.rejected");
        registration("registration.cancelled");
        kind("registration.invitation", PERSON, CONFERENCE, List.of("category", "code", "inviteUrl"));
        kind("agenda.changed", List.of("salutationLine", "name"), CONFERENCE, List.of("version", "changelog", "agendaUrl"));
        kind("speaker.invitation", PERSON, CONFERENCE, List.of("talk", "link", "expires"));
        kind("speaker.slidesReminder", PERSON, CONFERENCE, List.of("talk", "link", "deadline"));
    }

    public record Placeholder(String name, List<String> kinds) {
    }

    private MailTextCatalogue() {
    }

    private static void registration(String kind, String... own) {
        kind(kind, PERSON, CONFERENCE, REGISTRATION, List.of(own));
    }

    @SafeVarargs
    private static void kind(String kind, List<String>... groups) {
        Set<String> names = new LinkedHashSet<>();
        for (List<String> group : groups) {
            names.addAll(group);
        }
        KINDS.put(kind, names);
    }

    public static List<String> kinds() {
        return List.copyOf(KINDS.keySet());
    }

    public static boolean editable(String kind) {
        return KINDS.containsKey(kind);
    }

    public static Set<String> placeholders(String kind) {
        return KINDS.getOrDefault(kind, Set.of());
    }

    /** Every placeholder once, in the order kinds introduce them, with the kinds that offer it. */
    public static List<Placeholder> all() {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        KINDS.forEach((kind, names) -> names.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(kind)));
        return byName.entrySet().stream().map(e -> new Placeholder(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    /** What a mail of the kind is rendered from when sent, or null when its values are stored with it. */
    public static String aboutType(String kind) {
        return kind.startsWith("registration.") && !kind.equals("registration.invitation") ? ABOUT_REGISTRATION : null;
    }
}
