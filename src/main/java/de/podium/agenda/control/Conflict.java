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
        return Texts.get(locale, "agenda.conflict." + type.name(), args.toArray());
    }
}
