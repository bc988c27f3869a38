package de.podium.agenda.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.registration.control.PersonalData;
import de.podium.registration.entity.Registration;

/** The personal agenda in the attendee's GDPR export. */
@ApplicationScoped
public class PersonalAgendaData implements PersonalData.Source {

    @Inject
    PersonalAgenda agenda;

    @Override
    public List<?> personalAgenda(Registration registration) {
        return agenda.talksOf(registration);
    }
}
