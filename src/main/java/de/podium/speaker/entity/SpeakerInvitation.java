package de.podium.speaker.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import de.podium.agenda.entity.Speaker;
import de.podium.agenda.entity.Talk;

/**
 * An organizer's invitation of a speaker to a talk, redeemed once through a mailed link before it expires.
 * Only the token's SHA-256 is kept.
 */
@Entity
@Table(name = "speaker_invitation")
@NamedQuery(name = SpeakerInvitation.BY_TOKEN_HASH,
        query = "SELECT i FROM SpeakerInvitation i WHERE i.tokenHash = :hash")
public class SpeakerInvitation {

    public static final String BY_TOKEN_HASH = "SpeakerInvitation.byTokenHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "talk_id")
    private Talk talk;

    @ManyToOne(optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;

    private String email;
    private String locale;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "invited_by")
    private String invitedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private Instant usedAt;

    protected SpeakerInvitation() {
    }

    public SpeakerInvitation(Talk talk, Speaker speaker, String email, String locale, String tokenHash,
                             String invitedBy, Instant expiresAt) {
        this.talk = talk;
        this.speaker = speaker;
        this.email = email;
        this.locale = locale;
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    public boolean isRedeemable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void redeem(Instant now) {
        if (!isRedeemable(now)) {
            throw new IllegalStateException("invitation already used or expired");
        }
        this.usedAt = now;
    }

    public Long getId() { return id; }
    public Talk getTalk() { return talk; }
    public Speaker getSpeaker() { return speaker; }
    public String getEmail() { return email; }
    public String getLocale() { return locale; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
}
