package de.podium.agenda.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.AgendaPublishing;
import de.podium.agenda.control.Conflict;
import de.podium.agenda.control.EditorGrid;
import de.podium.agenda.control.Rooms;
import de.podium.agenda.control.ScheduleConflicts;
import de.podium.agenda.control.Slots;
import de.podium.agenda.control.Talks;
import de.podium.agenda.control.solver.AutoScheduler;
import de.podium.agenda.control.solver.Proposal;
import de.podium.agenda.entity.AgendaVersion;
import de.podium.agenda.entity.Room;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/**
 * The organizer's schedule editor (/organizer/conferences/{slug}/agenda): grid per day with drag and drop, a
 * keyboard form doing the same placement, all warnings in one panel, and publishing. The page's other forms have
 * beans of their own ({@link AgendaSolverForm}, {@link AgendaItemsForm}, {@link RoomClosuresForm}) that use this
 * one's conference and ask it to {@link #reload()} after a change.
 */
@Named
@ViewScoped
public class AgendaEditor implements Serializable {

    static final String PLACE_FORM = "place";

    @Inject
    ConferenceService conferences;
    @Inject
    Rooms roomService;

    @Inject
    ScheduleConflicts scheduleConflicts;

    @Inject
    Slots slots;

    @Inject
    Talks talkService;
    @Inject
    AgendaPublishing publishing;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    AutoScheduler scheduler;

    private String slug;
    private String day;
    private Long talkId;
    private Long roomId;
    private String start;
    private String changelog;
    private Long placedTalkId;
    /** Shows the solver's stored proposal on the grid instead of the working schedule (view parameter). */
    private boolean proposal;

    private transient Conference conference;
    private transient List<Room> rooms;
    private transient List<Talk> talks;
    private transient List<Conflict> conflicts;
    private transient Proposal openProposal;

    public void load() throws IOException {
        FacesErrors.loadOrSendError(() -> {
            refresh();
        });
    }

    /** After another form of the page changed what the grid and the warnings show (room closed times). */
    public void reload() {
        refresh();
    }

    private void refresh() {
        conference = conferences.forOrganizer(slug);
        rooms = roomService.of(conference);
        talks = talkService.of(conference);
        conflicts = scheduleConflicts.of(conference);
        openProposal = scheduler.current(slug).filter(Proposal::isOpen).orElse(null);
    }

    /** The keyboard form's action; drag and drop fills the same fields and submits it. */
    public void place() {
        Locale locale = localeSelection.getLocale();
        try {
            refresh();
            AgendaData.SlotData data = new AgendaData.SlotData();
            data.roomId = roomId;
            data.start = start == null || start.isBlank() ? null : conference.withOffset(LocalDateTime.parse(start));
            if (talkId == null) {
                throw new PodiumException.Invalid("talkId", "error.agenda.editor.pickTalk");
            }
            Talk talk = slots.place(slug, talkId, data);
            placedTalkId = talk.getId();
            day = talk.getStartsAt().toLocalDate().toString();
            List<Conflict> own = scheduleConflicts.of(talk);
            FacesErrors.info(Texts.get(locale, "agenda.editor.placed", talk.getTitle()));
            own.forEach(c -> FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, c.message(locale), null)));
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show(PLACE_FORM, e, locale);
        }
        refresh();
    }

    public void unplace() {
        try {
            if (talkId != null) {
                slots.unplace(slug, talkId);
                FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.editor.unplaced"));
            }
        } catch (PodiumException e) {
            FacesErrors.show(PLACE_FORM, e, localeSelection.getLocale());
        }
        refresh();
    }

    public void publish() {
        AgendaData.PublishData data = new AgendaData.PublishData();
        data.changelog = changelog;
        try {
            AgendaVersion version = publishing.publish(slug, data);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.editor.published", version.getVersion()));
            changelog = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("publish", e, localeSelection.getLocale());
        }
        refresh();
    }

    public List<LocalDate> getDays() {
        return EditorGrid.days(conference);
    }

    public LocalDate getSelectedDay() {
        List<LocalDate> days = getDays();
        if (day != null) {
            try {
                LocalDate wanted = LocalDate.parse(day);
                if (days.contains(wanted)) {
                    return wanted;
                }
            } catch (java.time.format.DateTimeParseException e) {
                // an edited URL: show the first day
            }
        }
        return days.get(0);
    }

    public List<EditorGrid.Row> getRows() {
        return EditorGrid.rows(conference, getSelectedDay(), rooms, EditorGrid.placed(talks, proposedPlaces()));
    }

    private Map<Long, Proposal.Placement> proposedPlaces() {
        return isPreviewing() ? openProposal.placements().stream()
                .collect(Collectors.toMap(Proposal.Placement::talkId, p -> p, (a, b) -> a)) : Map.of();
    }

    /** The grid shows where the solver's proposal would put the talks; nothing is changed until it is applied. */
    public boolean isPreviewing() {
        return proposal && openProposal != null;
    }

    public boolean isProposalOpen() {
        return openProposal != null;
    }

    public List<LocalDateTime> getStarts() {
        return EditorGrid.starts(conference);
    }

    public List<Talk> getUnscheduled() {
        Map<Long, Proposal.Placement> proposed = proposedPlaces();
        return talks.stream().filter(t -> !t.isScheduled() && !proposed.containsKey(t.getId())).toList();
    }

    /** Talk id → how many conflicts it is part of, to mark talks in the grid. */
    public Map<Long, Long> getConflictCounts() {
        return conflicts.stream().flatMap(c -> c.talks().stream()).collect(Collectors.groupingBy(Talk::getId, Collectors.counting()));
    }

    public String message(Conflict conflict) {
        return conflict.message(localeSelection.getLocale());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDay() { return day; }
    public void setDay(String day) { this.day = day; }
    public Long getTalkId() { return talkId; }
    public void setTalkId(Long talkId) { this.talkId = talkId; }
    public Long getRoomId() { return roomId; }
    public void setRoomId(Long roomId) { this.roomId = roomId; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getChangelog() { return changelog; }
    public void setChangelog(String changelog) { this.changelog = changelog; }
    public Long getPlacedTalkId() { return placedTalkId; }
    public boolean isProposal() { return proposal; }
    public void setProposal(boolean proposal) { this.proposal = proposal; }
    /** Also after the view moved to another node, where the transient fields start empty. */
    public Conference getConference() {
        if (conference == null) {
            refresh();
        }
        return conference;
    }
    public List<Room> getRooms() { return rooms; }
    public List<Talk> getTalks() { return talks; }
    public List<Conflict> getConflicts() { return conflicts; }
}
