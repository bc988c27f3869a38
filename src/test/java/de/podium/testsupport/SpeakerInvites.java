package de.podium.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import de.podium.testsupport.PodiumServer.Answer;

/** Speaker invitations made through the API and the link from the invitation mail. */
public final class SpeakerInvites {

    private SpeakerInvites() {
    }

    public record Invited(String slug, long talk, String email) {
    }

    public static Invited invite(String title, String email) {
        Object[] future = SlideFixtures.futureTalk(title);
        String slug = (String) future[0];
        long talk = (long) future[1];
        Answer answer = PodiumServer.get().post("/api/conferences/" + slug + "/talks/" + talk + "/speaker-invitations", """
                {"email":"%s","locale":"de","title":"Dr.","firstName":"Anna","lastName":"Weiß"}""".formatted(email))
                .asOrganizer().send();
        assertEquals(201, answer.status(), answer::toString);
        return new Invited(slug, talk, email);
    }

    public static String invitationLink(String email) throws Exception {
        List<MimeMessage> mails = TestMail.get().awaitTo(email, 1, Duration.ofSeconds(30));
        assertEquals(1, mails.size(), "one invitation mail to " + email);
        String text = MailChecks.text(mails.get(0));
        Matcher link = Pattern.compile(Pattern.quote(PodiumServer.get().baseUrl()) + "(/speaker/invitation/[A-Za-z0-9_-]{40,})").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }
}
