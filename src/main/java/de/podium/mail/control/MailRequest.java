package de.podium.mail.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a feature asks the outbox to send: a message kind (its template), the recipient, their language and
 * the values the template uses. Subject and body of kind K are the bundle keys {@code mail.K.subject} and
 * {@code mail.K.body} in i18n/messages_de|en.properties, with placeholders written as ${name}.
 */
public final class MailRequest {

    private final String kind;
    private final String recipient;
    private final String recipientName;
    private final Locale locale;
    private Long conferenceId;
    private String aboutType;
    private Long aboutId;
    private final Map<String, String> model = new LinkedHashMap<>();
    private final List<Attachment> attachments = new ArrayList<>();

    private MailRequest(String kind, String recipient, String recipientName, Locale locale) {
        this.kind = kind;
        this.recipient = recipient;
        this.recipientName = recipientName;
        this.locale = locale;
    }

    public static MailRequest of(String kind, String recipient, String recipientName, Locale locale) {
        return new MailRequest(kind, recipient, recipientName, locale);
    }

    public MailRequest conference(Long id) {
        this.conferenceId = id;
        return this;
    }

    /**
     * Names what the mail is about, e.g. ("registration", 42): a {@link MailContentSource} for that type renders
     * the template's values and the attachments from it when the mail is sent, not now.
     */
    public MailRequest about(String type, long id) {
        this.aboutType = type;
        this.aboutId = id;
        return this;
    }

    public MailRequest with(String key, String value) {
        model.put(key, value == null ? "" : value);
        return this;
    }

    public MailRequest attach(String filename, String contentType, byte[] content) {
        attachments.add(new Attachment(filename, contentType, content));
        return this;
    }

    public String kind() { return kind; }
    public String recipient() { return recipient; }
    public String recipientName() { return recipientName; }
    public Locale locale() { return locale; }
    public Long conferenceId() { return conferenceId; }
    public String aboutType() { return aboutType; }
    public Long aboutId() { return aboutId; }
    public Map<String, String> model() { return model; }
    public List<Attachment> attachments() { return attachments; }

    public record Attachment(String filename, String contentType, byte[] content) {
    }
}
