package de.podium.registration.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import de.podium.mail.control.PersonalMail;
import de.podium.registration.entity.Registration;

/**
 * What the GDPR export adds to the registration itself: the personal agenda (kept by the agenda feature, which
 * contributes it as a {@link Source}) and the mail the person got about the conference.
 */
@ApplicationScoped
public class PersonalData {

    /** A feature to the right of registration that keeps personal data of a registration. */
    public interface Source {
        /** The person's marked talks, as shown to them. */
        List<?> personalAgenda(Registration registration);
    }

    public record Export(List<?> personalAgenda, List<PersonalMail.Sent> mails) {
    }

    @Inject
    Instance<Source> sources;

    @Inject
    PersonalMail mail;

    public Export of(Registration registration) {
        List<?> agenda = sources.stream().flatMap(s -> s.personalAgenda(registration).stream()).toList();
        return new Export(agenda, mail.history(registration.getConference().getId(), registration.getEmail()));
    }
}
