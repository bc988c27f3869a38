package de.podium.speaker.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import de.podium.event.entity.Conference;
import de.podium.speaker.entity.TalkAnswer;

/**
 * (talk id, speaker id) pairs that must not appear as speakers of a talk, in the proceedings or on public pages:
 * those who declined, and those invited who have neither redeemed the invitation nor accepted. Speakers the
 * organizer assigned directly have no answer and count.
 */
@ApplicationScoped
public class UnconfirmedSpeakers {

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    public Set<List<Long>> of(Conference conference) {
        Set<List<Long>> result = new HashSet<>();
        em.createQuery("select a.talkId, a.speakerId from TalkAnswer a, Talk t where t.id = a.talkId and t.conference = :c"
                        + " and a.answer = :declined", Object[].class)
                .setParameter("c", conference).setParameter("declined", TalkAnswer.Answer.DECLINED)
                .getResultList().forEach(row -> result.add(List.of((Long) row[0], (Long) row[1])));
        em.createQuery("select i.talk.id, i.speaker.id from SpeakerInvitation i where i.talk.conference = :c and i.usedAt is null"
                        + " and not exists (select a from TalkAnswer a where a.talkId = i.talk.id and a.speakerId = i.speaker.id"
                        + " and a.answer = :accepted)", Object[].class)
                .setParameter("c", conference).setParameter("accepted", TalkAnswer.Answer.ACCEPTED)
                .getResultList().forEach(row -> result.add(List.of((Long) row[0], (Long) row[1])));
        return result;
    }
}
