package de.podium.mail.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import de.podium.event.control.ConferenceAccess;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.mail.entity.MailText;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.security.entity.Account;

/**
 * The organizer's mail texts of a conference: read the text in effect, save their own, go back to the default,
 * preview it with a real recipient's values and send it to themselves.
 */
@ApplicationScoped
public class MailTextEditor {

    /** The test mail carries the organizer's text already filled in, so the sender only adds the footer. */
    static final String TEST_KIND = "mailText.test";
    private static final Set<String> LANGUAGES = Set.of("de", "en");
    private static final Set<String> SAMPLED = Set.of("salutationLine", "name", "firstName", "lastName");

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    ConferenceAccess access;

    @Inject
    InputValidator validator;

    @Inject
    MailTexts texts;

    @Inject
    ConferenceMailValues conferenceValues;

    @Inject
    Instance<MailContentSource> sources;

    @Inject
    Outbox outbox;

    public record Effective(String subject, String body, boolean custom) implements java.io.Serializable {
    }

    /** The mail as rendered; {@code recipient} names the real person whose values it shows, null for sample values. */
    public record Preview(String subject, String text, String html, String recipient) implements java.io.Serializable {
    }

    public Effective text(String slug, String kind, String language) {
        Conference conference = conferences.forOrganizer(slug);
        Locale locale = checked(kind, language);
        return texts.own(conference.getId(), kind, locale)
                .map(t -> new Effective(t.getSubject(), t.getBody(), true))
                .orElseGet(() -> {
                    MailTemplates.Editable standard = MailTemplates.defaultText(kind, locale);
                    return new Effective(standard.subject(), standard.body(), false);
                });
    }

    @Transactional
    public Effective save(String slug, String kind, String language, MailTextData data) {
        Conference conference = conferences.forOrganizer(slug);
        Account author = access.requireSignedIn();
        Locale locale = checked(kind, language);
        check(kind, data);
        MailText text = texts.own(conference.getId(), kind, locale).orElseGet(() -> {
            MailText created = new MailText(conference.getId(), kind, locale.getLanguage());
            em.persist(created);
            return created;
        });
        text.write(data.subject.strip(), data.body.strip(), author.getEmail());
        return new Effective(text.getSubject(), text.getBody(), true);
    }

    @Transactional
    public Effective reset(String slug, String kind, String language) {
        Conference conference = conferences.forOrganizer(slug);
        Locale locale = checked(kind, language);
        texts.own(conference.getId(), kind, locale).ifPresent(em::remove);
        MailTemplates.Editable standard = MailTemplates.defaultText(kind, locale);
        return new Effective(standard.subject(), standard.body(), false);
    }

    public Preview preview(String slug, String kind, String language, MailTextData data) {
        Conference conference = conferences.forOrganizer(slug);
        Locale locale = checked(kind, language);
        check(kind, data);
        Example example = example(conference, kind, locale);
        MailTemplates.Rendered rendered = MailTemplates.render(new MailTemplates.Editable(data.subject, data.body),
                locale, example.model());
        return new Preview(rendered.subject(), rendered.text(), rendered.html(), example.recipient());
    }

    /** Queues the text, filled like the preview, to the signed-in organizer's own address. */
    @Transactional
    public String test(String slug, String kind, String language, MailTextData data) {
        Conference conference = conferences.forOrganizer(slug);
        Account organizer = access.requireSignedIn();
        Locale locale = checked(kind, language);
        check(kind, data);
        Map<String, String> model = example(conference, kind, locale).model();
        outbox.queue(MailRequest.of(TEST_KIND, organizer.getEmail(), organizer.getDisplayName(), locale)
                .conference(conference.getId())
                .with("subject", MailTemplates.oneLine(MailTemplates.fillEditable(data.subject, model)))
                .with("body", MailTemplates.fillEditable(data.body, model)));
        return organizer.getEmail();
    }

    public List<MailTextCatalogue.Placeholder> placeholders() {
        return MailTextCatalogue.all();
    }

    private static Locale checked(String kind, String language) {
        if (!MailTextCatalogue.editable(kind)) {
            throw new PodiumException.NotFound("error.mailText.kind", kind);
        }
        if (!LANGUAGES.contains(language)) {
            throw new PodiumException.NotFound("error.mailText.locale", language);
        }
        return Texts.fromTag(language);
    }

    private void check(String kind, MailTextData data) {
        validator.check(data);
        List<PodiumException.FieldError> errors = new ArrayList<>();
        if (data.subject.contains("\n") || data.subject.contains("\r")) {
            errors.add(new PodiumException.FieldError("subject", "error.mailText.subjectLineBreak"));
        }
        unknown(kind, data.subject).forEach(p -> errors.add(
                new PodiumException.FieldError("subject", "error.mailText.unknownPlaceholder", "{{" + p + "}}")));
        unknown(kind, data.body).forEach(p -> errors.add(
                new PodiumException.FieldError("body", "error.mailText.unknownPlaceholder", "{{" + p + "}}")));
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
    }

    private static Set<String> unknown(String kind, String template) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = MailTemplates.EDITABLE_PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!MailTextCatalogue.placeholders(kind).contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    private record Example(Map<String, String> model, String recipient) {
    }

    /** The values of a real mail of this kind at this conference if there is one, else sample values in words. */
    private Example example(Conference conference, String kind, Locale locale) {
        Map<String, String> model = new HashMap<>(conferenceValues.of(conference, locale));
        String recipient = null;
        String about = MailTextCatalogue.aboutType(kind);
        if (about != null) {
            for (MailContentSource source : sources) {
                OptionalLong id = source.about().equals(about) ? source.example(kind, conference.getId()) : OptionalLong.empty();
                if (id.isPresent()) {
                    try {
                        MailContentSource.Content content = source.content(kind, id.getAsLong(), locale);
                        model.putAll(content.model());
                        recipient = content.recipientName();
                    } catch (MailRenderingFailed e) {
                        recipient = null;
                    }
                }
            }
        }
        for (String name : MailTextCatalogue.placeholders(kind)) {
            model.computeIfAbsent(name, n -> SAMPLED.contains(n) ? Texts.get(locale, "mail.sample." + n)
                    : "[" + Texts.get(locale, "mail.placeholder." + n) + "]");
        }
        model.putIfAbsent("recipientName", recipient == null ? model.get("name") : recipient);
        return new Example(model, recipient);
    }
}
