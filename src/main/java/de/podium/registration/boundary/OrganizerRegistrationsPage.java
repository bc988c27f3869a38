package de.podium.registration.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.event.entity.Question;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.control.Texts;
import de.podium.registration.control.Answers;
import de.podium.registration.control.OrganizerRegistrations;
import de.podium.registration.control.RegistrationFilter;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The organizer's registration page: filters, counts and capacity bars, decisions and exports. Its invitation and
 * retention sections have beans of their own ({@link InvitationsForm}, {@link RetentionForm}).
 */
@Named
@ViewScoped
public class OrganizerRegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganizerRegistrations organizer;

    @Inject
    ConferenceService conferences;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    Answers answers;

    private String slug;
    private String status;
    private String category;
    private String q;
    private String answer;
    private transient Conference conference;
    private transient List<Registration> registrations;
    private transient OrganizerRegistrations.Summary summary;
    private final Map<Long, Integer> ranks = new HashMap<>();

    public void load() throws IOException {
        try {
            conference = conferences.forOrganizer(slug);
        } catch (PodiumException.NotFound e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        } catch (PodiumException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void approve(Long id) {
        act(() -> organizer.approve(slug, id));
    }

    public void reject(Long id) {
        act(() -> organizer.reject(slug, id));
    }

    public void erase(Long id) {
        act(() -> organizer.erase(slug, id));
    }

    /** Saves the ranks the organizer changed in the list; JSF has checked they are whole numbers in range. */
    public void saveRanks() {
        act(() -> {
            for (Registration r : getRegistrations()) {
                if (ranks.containsKey(r.getId()) && !Objects.equals(ranks.get(r.getId()), r.getRank())) {
                    organizer.setPrecedence(slug, r.getId(), ranks.get(r.getId()));
                }
            }
            ranks.clear();
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "organizer.registrations.ranksSaved"));
        });
    }

    /** The rank field of each row, showing the stored rank until the organizer types another. */
    public Map<Long, Integer> getRanks() {
        for (Registration r : getRegistrations()) {
            if (!ranks.containsKey(r.getId())) {
                ranks.put(r.getId(), r.getRank());
            }
        }
        return ranks;
    }

    public int getMaxRank() {
        return OrganizerRegistrations.MAX_RANK;
    }

    /** After a change made on this page by another form: the list and counts are read again. */
    public void refresh() {
        registrations = null;
        summary = null;
    }

    private void act(Runnable action) {
        try {
            action.run();
            registrations = null;
            summary = null;
        } catch (RuntimeException e) {
            PageMessages.show(e, localeSelection.getLocale(), "registrations", Set.of());
        }
    }

    public Conference getConference() {
        if (conference == null) {
            conference = conferences.forOrganizer(slug);
        }
        return conference;
    }

    public List<Registration> getRegistrations() {
        if (registrations == null) {
            try {
                registrations = organizer.list(slug, new RegistrationFilter(status, category, q, answer));
            } catch (PodiumException.Invalid e) {
                status = null;
                answer = null;
                registrations = organizer.list(slug, new RegistrationFilter(null, category, q));
            }
        }
        return registrations;
    }

    public OrganizerRegistrations.Summary getSummary() {
        if (summary == null) {
            summary = organizer.summary(slug);
        }
        return summary;
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(RegistrationStatus.values()).map(Enum::name).toList();
    }

    /** A category's registrations in one status; the view iterates status names, the summary is keyed by the enum. */
    public long count(OrganizerRegistrations.CategorySummary category, String status) {
        return category.statuses().getOrDefault(RegistrationStatus.valueOf(status), 0L);
    }

    public String capacityText(OrganizerRegistrations.CategorySummary c) {
        return c.capacity() == null
                ? Texts.get(localeSelection.getLocale(), "organizer.registrations.unlimited", c.held())
                : Texts.get(localeSelection.getLocale(), "organizer.registrations.capacityBar", c.held(), c.capacity());
    }

    /** The export links carry the current filter and the page's language, so the list speaks the organizer's. */
    public String getFilterQuery() {
        StringBuilder query = new StringBuilder("?");
        append(query, "status", status);
        append(query, "category", category);
        append(query, "q", q);
        append(query, "answer", answer);
        append(query, "lang", localeSelection.getLanguage());
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.append(query.length() > 1 ? "&" : "").append(name).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    /** The answer filter's choices: an option of a choice question, yes or no, or "answered" for a text. */
    public List<AnswerChoice> getAnswerChoices() {
        Locale locale = localeSelection.getLocale();
        List<AnswerChoice> choices = new java.util.ArrayList<>();
        for (Question question : answers.questionsOf(getConference())) {
            String label = question.localizedLabel(locale);
            switch (question.getType()) {
                case TEXT -> choices.add(new AnswerChoice(question.getCode(),
                        Texts.get(locale, "organizer.registrations.answered", label)));
                case YES_NO -> {
                    choices.add(new AnswerChoice(question.getCode() + ":yes",
                            label + ": " + Texts.get(locale, "register.answer.yes")));
                    choices.add(new AnswerChoice(question.getCode() + ":no",
                            label + ": " + Texts.get(locale, "register.answer.no")));
                }
                case SINGLE, MULTI -> question.getOptions().forEach(o -> choices.add(new AnswerChoice(
                        question.getCode() + ":" + o.getCode(), label + ": " + o.localizedLabel(locale))));
            }
        }
        return choices;
    }

    public record AnswerChoice(String value, String label) {
    }

    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
}
