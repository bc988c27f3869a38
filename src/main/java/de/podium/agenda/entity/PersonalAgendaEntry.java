package de.podium.agenda.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One talk on one attendee's personal agenda. */
@Entity
@Table(name = "personal_agenda")
@IdClass(PersonalAgendaEntry.Key.class)
public class PersonalAgendaEntry {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Id
    @Column(name = "talk_id")
    private Long talkId;

    protected PersonalAgendaEntry() {
    }

    public Long getRegistrationId() { return registrationId; }
    public Long getTalkId() { return talkId; }

    /** Composite key. */
    public static class Key implements Serializable {
        private Long registrationId;
        private Long talkId;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(registrationId, key.registrationId)
                    && java.util.Objects.equals(talkId, key.talkId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(registrationId, talkId);
        }
    }
}
