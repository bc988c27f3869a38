package de.podium.agenda.boundary;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import de.podium.agenda.control.RoomClosures;
import de.podium.agenda.entity.RoomUnavailable;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The closed times of the rooms on the organizer's agenda page: listed, added one at a time, removed. */
@Named
@ViewScoped
public class RoomClosuresForm implements Serializable {

    @Inject
    RoomClosures closures;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    AgendaEditor editor;

    private Long room;
    private LocalDateTime closedFrom;
    private LocalDateTime closedUntil;
    private transient List<RoomUnavailable> list;

    public List<RoomUnavailable> getClosures() {
        if (list == null) {
            list = closures.of(editor.getSlug());
        }
        return list;
    }

    public void close() {
        try {
            closures.close(editor.getSlug(), room, closedFrom, closedUntil);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.closures.added"));
            closedFrom = null;
            closedUntil = null;
            list = null;
            editor.reload();
        } catch (PodiumException e) {
            FacesErrors.show("closures", e, localeSelection.getLocale());
        }
    }

    public void reopen(long closureId) {
        try {
            closures.reopen(editor.getSlug(), closureId);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.closures.removed"));
            list = null;
            editor.reload();
        } catch (PodiumException e) {
            FacesErrors.show("closures", e, localeSelection.getLocale());
        }
    }

    public Long getRoom() { return room; }
    public void setRoom(Long room) { this.room = room; }
    public LocalDateTime getClosedFrom() { return closedFrom; }
    public void setClosedFrom(LocalDateTime closedFrom) { this.closedFrom = closedFrom; }
    public LocalDateTime getClosedUntil() { return closedUntil; }
    public void setClosedUntil(LocalDateTime closedUntil) { this.closedUntil = closedUntil; }
}
