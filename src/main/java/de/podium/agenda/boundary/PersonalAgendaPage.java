package de.podium.agenda.boundary;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.agenda.control.PersonalAgenda;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;

/** The personal agenda section of the attendee's manage page. */
@Named
@RequestScoped
public class PersonalAgendaPage {

    @Inject
    PersonalAgenda personalAgenda;

    @Inject
    LocaleSelection localeSelection;

    private List<PersonalAgenda.Choice> choices;

    public List<PersonalAgenda.Choice> choices(String token) {
        if (choices == null) {
            choices = personalAgenda.choices(token);
        }
        return choices;
    }

    public void mark(String token, long talkId) {
        try {
            personalAgenda.mark(token, talkId);
            choices = null;
        } catch (PodiumException e) {
            FacesErrors.show("agenda", e, localeSelection.getLocale());
        }
    }

    public void unmark(String token, long talkId) {
        try {
            personalAgenda.unmark(token, talkId);
            choices = null;
        } catch (PodiumException e) {
            FacesErrors.show("agenda", e, localeSelection.getLocale());
        }
    }
}
