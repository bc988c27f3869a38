package de.podium.agenda.control;

import java.util.List;
import java.util.Locale;

import de.podium.agenda.entity.Talk;
import de.podium.platform.control.Texts;

/** One conflict of the schedule, naming the talks involved; the text comes from the bundles. */
public record Conflict(ConflictType type, List<Talk> talks, List<Object> args) {

    public boolean involves(Talk talk) {
        return talks.stream().anyMatch(t -> t.getId() != null && t.getId().equals(talk.getId()));
    }

    public String message(Locale locale) {
        return text().in(locale);
    }

    /** The message, to be written in the reader's language later (the API's error details). */
    public Texts.Message text() {
        return new Texts.Message("agenda.conflict." + type.name(), args);
    }
}
