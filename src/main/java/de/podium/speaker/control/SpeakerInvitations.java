package de.podium.speaker.control;

import java.time.Duration;
import java.time.Instant;

import java.util.EnumSet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import de.podium.security.control.MailedTokens;
import de.podium.platform.control.Links;
import de.podium.agenda.entity.Talk;
import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.mail.control.MailRequest;
import de.podium.mail.control.Outbox;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.PublicContentChanged;
import de.podium.platform.control.Texts;
import de.podium.platform.control.LetterSalutation;
import de.podium.security.control.AccountService;
import de.podium.security.control.PasswordPolicy;
import de.podium.event.control.ConferenceAccess;
import de.podium.security.entity.Account;
import de.podium.security.entity.Role;
import de.podium.agenda.entity.Speaker;
import de.podium.speaker.entity.SpeakerInvitation;

/**
 * Invitations of speakers to talks. The mailed link carries a long random token; redeeming it once, before it
 * expires, makes the addressee SPEAKER of that conference: a new account with the password they choose, or
 * their existing account, which then only gains the right.
 */
@ApplicationScoped
public class SpeakerInvitations {

    /** Who is shown (and linked) on the public pages follows answers and redeemed invitations. */
    @Inject
    Event<PublicContentChanged> publicChanges;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    TalkAccess talks;

    @Inject
    ConferenceAccess access;

    @Inject
    AccountService accounts;

    @Inject
    InputValidator validator;

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    @Inject
    @ConfigProperty(name = "podium.speaker.invitation-expiry", defaultValue = "P14D")
    Duration expiry;

    /** What the invitation page shows before the addressee acts. */
    public record Pending(String conferenceTitle, String talkTitle, String speakerName, String email,
                          boolean accountExists) implements java.io.Serializable {
    }

    @Transactional
    public SpeakerInvitation invite(String slug, long talkId, InvitationData data) {
        Conference conference = conferences.forOrganizer(slug);
        String organizer = access.requireSignedIn().getEmail();
        validator.check(data == null ? new InvitationData() : data);
        Talk talk = talks.ofConference(slug, talkId);
        String email = Account.normalise(data.email);
        Speaker speaker = speakerFor(conference, email, data);
        talk.addSpeaker(speaker);
        String token = MailedTokens.newToken();
        String locale = data.locale == null ? "de" : data.locale;
        SpeakerInvitation invitation = new SpeakerInvitation(talk, speaker, email, locale, MailedTokens.hash(token), organizer,
                Instant.now().plus(expiry));
        em.persist(invitation);
        Locale language = Texts.fromTag(locale);
        outbox.queue(MailRequest.of("speaker.invitation", email, speaker.fullName(), language)
                .conference(conference.getId())
                .with("name", speaker.fullName())
                .with("firstName", speaker.getFirstName())
                .with("lastName", speaker.getLastName())
                .with("salutationLine", LetterSalutation.line(language, speaker.getSalutation(), speaker.getTitle(),
                        speaker.getFirstName(), speaker.getLastName(), speaker.getOffice()))
                .with("conference", conference.getTitle())
                .with("talk", talk.getTitle())
                .with("link", links.to("/speaker/invitation/" + token))
                .with("expires", Texts.pattern(language, "format.dateTime")
                        .format(invitation.getExpiresAt().atZone(conference.zone()))));
        return invitation;
    }

    public Pending pending(String token) {
        SpeakerInvitation invitation = redeemable(token, false);
        return new Pending(invitation.getTalk().getConference().getTitle(), invitation.getTalk().getTitle(),
                invitation.getSpeaker().fullName(), invitation.getEmail(),
                accounts.findByEmail(invitation.getEmail()).isPresent());
    }

    /** @return the e-mail address to sign in with */
    @Transactional
    public String redeem(String token, String password) {
        SpeakerInvitation invitation = redeemable(token, true);
        Speaker speaker = invitation.getSpeaker();
        Optional<Account> existing = accounts.findByEmail(invitation.getEmail());
        Account account;
        if (existing.isPresent()) {
            account = existing.get();
            account.grant(Role.SPEAKER);
        } else {
            PasswordPolicy.check(password, invitation.getEmail(), speaker.getFirstName(), speaker.getLastName(),
                    speaker.fullName());
            account = accounts.create(invitation.getEmail(), speaker.fullName(), password, false, EnumSet.of(Role.SPEAKER));
            account.setLocale(invitation.getLocale());
        }
        speaker.linkAccount(account);
        if (speaker.getEmail() == null) {
            speaker.setEmail(invitation.getEmail());
        }
        invitation.redeem(Instant.now());
        publicChanges.fire(PublicContentChanged.content(speaker.getConference().getSlug()));
        return account.getEmail();
    }

    private SpeakerInvitation redeemable(String token, boolean lock) {
        List<SpeakerInvitation> found = em.createNamedQuery(SpeakerInvitation.BY_TOKEN_HASH, SpeakerInvitation.class)
                .setParameter("hash", MailedTokens.hash(token == null ? "" : token))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
        if (found.isEmpty()) {
            throw new PodiumException.NotFound("error.speaker.invitationUnknown");
        }
        SpeakerInvitation invitation = found.get(0);
        if (!invitation.isRedeemable(Instant.now())) {
            throw new PodiumException.Conflict("invitation_used", "error.speaker.invitationUsed");
        }
        return invitation;
    }

    /** One person speaking twice is one speaker of the conference, found by address. */
    private Speaker speakerFor(Conference conference, String email, InvitationData data) {
        List<Speaker> known = em.createQuery("SELECT s FROM Speaker s WHERE s.conference = :conference "
                        + "AND LOWER(s.email) = :email", Speaker.class)
                .setParameter("conference", conference).setParameter("email", email).getResultList();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        if (Texts.blankToNull(data.firstName) == null || Texts.blankToNull(data.lastName) == null) {
            throw new PodiumException.Invalid(List.of(
                    new PodiumException.FieldError("firstName", "error.speaker.nameRequired"),
                    new PodiumException.FieldError("lastName", "error.speaker.nameRequired")));
        }
        Speaker speaker = new Speaker(conference, Texts.blankToNull(data.title), data.firstName.strip(),
                data.lastName.strip());
        speaker.setEmail(email);
        speaker.setOffice(Texts.blankToNull(data.office));
        speaker.setOrganisation(Texts.blankToNull(data.organisation));
        em.persist(speaker);
        return speaker;
    }
}
