package de.podium.mail.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.mail.entity.MailText;
import de.podium.platform.control.Texts;

/** Which text a mail is rendered from: the conference's own for its kind and language, else the bundle's default. */
@ApplicationScoped
public class MailTexts {

    private static final String OWN = "SELECT t FROM MailText t WHERE t.conferenceId = :conference AND t.kind = :kind "
            + "AND t.locale = :locale";

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    public Optional<MailText> own(Long conferenceId, String kind, Locale locale) {
        if (conferenceId == null || !MailTextCatalogue.editable(kind)) {
            return Optional.empty();
        }
        return em.createQuery(OWN, MailText.class).setParameter("conference", conferenceId).setParameter("kind", kind)
                .setParameter("locale", Texts.supported(locale).getLanguage()).getResultStream().findFirst();
    }

    public MailTemplates.Rendered render(Long conferenceId, String kind, Locale locale, Map<String, String> model) {
        return own(conferenceId, kind, locale)
                .map(text -> MailTemplates.render(new MailTemplates.Editable(text.getSubject(), text.getBody()), locale, model))
                .orElseGet(() -> MailTemplates.render(kind, locale, model));
    }
}
