package de.podium.agenda.control;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;

/** What organizers send to build the programme (API.md, section Agenda). */
public final class AgendaData {

    private AgendaData() {
    }

    public static class RoomData {
        @NotBlank
        @Size(max = 120)
        public String name;
        @NotNull
        @PositiveOrZero
        public Integer capacity;
        @Size(max = 1000)
        public String equipment;
    }

    public static class TalkData {
        @NotBlank
        @Size(max = 300)
        public String title;
        @Size(max = 20000)
        @MultiLine
        @JsonbProperty("abstract")
        public String summary;
        @Size(max = 40)
        public String track;
        @NotNull
        @Positive
        @Max(1440)
        public Integer durationMinutes;
        @Pattern(regexp = "de|en")
        public String language;
        @PositiveOrZero
        public Integer expectedAudience;
        @Pattern(regexp = "OPENING|KEYNOTE|TALK|PANEL|BREAK")
        public String kind;
        public Boolean vip;
        @Valid
        @Size(max = 20)
        public List<@NotNull @Valid SpeakerData> speakers;
    }

    public static class SpeakerData {
        @Size(max = 60)
        public String title;
        @NotBlank
        @Size(max = 120)
        public String firstName;
        @NotBlank
        @Size(max = 120)
        public String lastName;
        @Size(max = 300)
        public String office;
        @Size(max = 300)
        public String organisation;
        @Email
        @Size(max = 254)
        public String email;
    }

    public static class SlotData {
        @NotNull
        public Long roomId;
        @NotNull
        public OffsetDateTime start;
    }

    public static class WindowData {
        @NotNull
        public OffsetDateTime start;
        @NotNull
        public OffsetDateTime end;
    }

    public static class AutoScheduleData {
        @NotNull
        @Positive
        @Max(600)
        public Integer seconds;
        /** UNSCHEDULED places only talks without a slot; ALL re-plans every talk that is not pinned. */
        @Pattern(regexp = "UNSCHEDULED|ALL")
        public String mode;
    }

    public static class PublishData {
        @Size(max = 5000)
        @MultiLine
        public String changelog;
    }
}
