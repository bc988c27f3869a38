package de.podium.speaker.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A speaker's answer to the talk they were asked to give; no row means they have not answered yet. */
@Entity
@Table(name = "talk_answer")
@IdClass(TalkAnswer.Key.class)
@NamedQuery(name = TalkAnswer.OF_CONFERENCE,
        query = "SELECT a FROM TalkAnswer a WHERE a.talkId IN (SELECT t.id FROM Talk t WHERE t.conference = :conference)")
public class TalkAnswer {

    public static final String OF_CONFERENCE = "TalkAnswer.ofConference";

    public enum Answer { ACCEPTED, DECLINED }

    @Id
    @Column(name = "talk_id")
    private Long talkId;

    @Id
    @Column(name = "speaker_id")
    private Long speakerId;

    @Enumerated(EnumType.STRING)
    private Answer answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected TalkAnswer() {
    }

    public TalkAnswer(Long talkId, Long speakerId) {
        this.talkId = talkId;
        this.speakerId = speakerId;
    }

    public void answer(Answer given) {
        this.answer = given;
        this.answeredAt = Instant.now();
    }

    public Long getTalkId() { return talkId; }
    public Long getSpeakerId() { return speakerId; }
    public Answer getAnswer() { return answer; }
    public Instant getAnsweredAt() { return answeredAt; }

    /** Composite key: one answer per speaker and talk. */
    public static class Key implements Serializable {
        private Long talkId;
        private Long speakerId;

        public Key() {
        }

        public Key(Long talkId, Long speakerId) {
            this.talkId = talkId;
            this.speakerId = speakerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(talkId, key.talkId) && Objects.equals(speakerId, key.speakerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(talkId, speakerId);
        }
    }
}
