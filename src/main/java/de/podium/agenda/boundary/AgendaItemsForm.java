package de.podium.agenda.boundary;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;

import de.podium.agenda.control.AgendaData;
import de.podium.agenda.control.Rooms;
import de.podium.agenda.control.Talks;
import de.podium.agenda.entity.TalkKind;
import de.podium.platform.boundary.FacesErrors;
import de.podium.platform.boundary.LocaleSelection;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** The agenda page's forms for a new room and a new talk. */
@Named
@ViewScoped
public class AgendaItemsForm implements Serializable {

    @Inject
    Rooms rooms;

    @Inject
    Talks talks;
    @Inject
    LocaleSelection localeSelection;
    @Inject
    AgendaEditor editor;

    private String roomName;
    private Integer roomCapacity;
    private String roomEquipment;
    private String talkTitle;
    private String talkKind = TalkKind.TALK.name();
    private Integer talkDuration;
    private String talkTrack;
    private Integer talkAudience;

    /** "Nach vorn" / "Nach hinten" beside a room: its place in the order of the grid and the programme. */
    public void moveRoom(Long roomId, int step) {
        try {
            rooms.move(editor.getSlug(), roomId, step);
        } catch (PodiumException e) {
            FacesErrors.show("roomOrder", e, localeSelection.getLocale());
        }
        editor.reload();
    }

    public void addRoom() {
        AgendaData.RoomData data = new AgendaData.RoomData();
        data.name = roomName;
        data.capacity = roomCapacity;
        data.equipment = roomEquipment;
        try {
            rooms.add(editor.getSlug(), data);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.editor.roomAdded", roomName));
            roomName = null;
            roomCapacity = null;
            roomEquipment = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("rooms", e, localeSelection.getLocale());
        }
        editor.reload();
    }

    /** A talk, panel or break without speakers; speakers come through the API or the speaker pages. */
    public void addTalk() {
        AgendaData.TalkData data = new AgendaData.TalkData();
        data.title = talkTitle;
        data.kind = talkKind;
        data.durationMinutes = talkDuration;
        data.track = talkTrack;
        data.expectedAudience = talkAudience;
        try {
            talks.add(editor.getSlug(), data);
            FacesErrors.info(Texts.get(localeSelection.getLocale(), "agenda.editor.talkAdded", talkTitle));
            talkTitle = null;
            talkDuration = null;
            talkAudience = null;
        } catch (PodiumException | ConstraintViolationException e) {
            FacesErrors.show("talks", e, localeSelection.getLocale());
        }
        editor.reload();
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(TalkKind.values()).map(Enum::name).toList();
    }

    public String getRoomName() { return roomName; }
    public void setRoomName(String roomName) { this.roomName = roomName; }
    public Integer getRoomCapacity() { return roomCapacity; }
    public void setRoomCapacity(Integer roomCapacity) { this.roomCapacity = roomCapacity; }
    public String getRoomEquipment() { return roomEquipment; }
    public void setRoomEquipment(String roomEquipment) { this.roomEquipment = roomEquipment; }
    public String getTalkTitle() { return talkTitle; }
    public void setTalkTitle(String talkTitle) { this.talkTitle = talkTitle; }
    public String getTalkKind() { return talkKind; }
    public void setTalkKind(String talkKind) { this.talkKind = talkKind; }
    public Integer getTalkDuration() { return talkDuration; }
    public void setTalkDuration(Integer talkDuration) { this.talkDuration = talkDuration; }
    public String getTalkTrack() { return talkTrack; }
    public void setTalkTrack(String talkTrack) { this.talkTrack = talkTrack; }
    public Integer getTalkAudience() { return talkAudience; }
    public void setTalkAudience(Integer talkAudience) { this.talkAudience = talkAudience; }
}
