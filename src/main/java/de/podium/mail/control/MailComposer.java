package de.podium.mail.control;

import java.io.StringReader;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import de.podium.event.entity.Conference;
import de.podium.mail.entity.OutboxAttachment;
import de.podium.mail.entity.OutboxMessage;
import de.podium.platform.control.Texts;

/** Turns a queued message into a MIME mail: text and HTML alternatives, attachments, sender and reply address. */
@ApplicationScoped
public class MailComposer {

    static {
        StreamProviderProperty.nameAngusIfPresent();
    }

    @Inject
    MailSettings settings;

    @Inject
    ConferenceMailValues conferenceValues;

    @Inject
    MailTexts mailTexts;

    @Inject
    Instance<MailContentSource> sources;

    /**
     * Renders the queued message now: the values of what it is about (if it names something), the template,
     * the attachments. Anything that goes wrong before the MIME structure is built is a
     * {@link MailRenderingFailed}, so the sender can tell it from a failure to deliver.
     */
    public MimeMessage compose(Session session, OutboxMessage queued, Conference conference) throws MessagingException {
        Locale locale = Texts.fromTag(queued.getLocale());
        Map<String, String> model = model(queued, conference, locale);
        String recipientName = queued.getRecipientName();
        List<MailRequest.Attachment> attachments = queued.getAboutType() == null ? stored(queued) : List.of();
        MailTemplates.Rendered rendered;
        try {
            if (queued.getAboutType() != null) {
                MailContentSource source = source(queued.getAboutType());
                MailContentSource.Content content = source.content(queued.getKind(), queued.getAboutId(), locale);
                model.putAll(content.model());
                recipientName = content.recipientName();
                model.put("recipientName", recipientName == null ? "" : recipientName);
                attachments = source.attachments(queued.getKind(), queued.getAboutId());
            }
            rendered = mailTexts.render(queued.getConferenceId(), queued.getKind(), locale, model);
        } catch (MailRenderingFailed e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MailRenderingFailed(MailFailures.describe(e), e);
        }

        MimeMessage mail = new FixedIdMessage(session, queued.getMessageId());
        mail.setFrom(address(settings.from(), senderName(conference)));
        if (conference != null && conference.getOrganizerEmail() != null) {
            mail.setReplyTo(new InternetAddress[]{address(conference.getOrganizerEmail(), conference.getOrganizerName())});
        }
        mail.setRecipient(Message.RecipientType.TO, address(queued.getRecipient(), recipientName));
        mail.setSubject(rendered.subject(), "UTF-8");
        mail.setHeader("Content-Language", locale.getLanguage());
        mail.setHeader("Auto-Submitted", "auto-generated");
        model.entrySet().stream().filter(e -> e.getKey().startsWith("header.")).forEach(e -> setHeader(mail, e));

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(rendered.text(), "UTF-8", "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(rendered.html(), "UTF-8", "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        if (attachments.isEmpty()) {
            mail.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailRequest.Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                part.setFileName(MailTemplates.oneLine(attachment.filename()));
                mixed.addBodyPart(part);
            }
            mail.setContent(mixed);
        }
        mail.saveChanges();
        return mail;
    }

    private MailContentSource source(String type) {
        return sources.stream().filter(s -> s.about().equals(type)).findFirst()
                .orElseThrow(() -> new MailRenderingFailed(MailRenderingFailed.ERROR, "no renderer for mail about " + type));
    }

    /** Files stored with the message when it was queued (mail that names nothing to render from). */
    private static List<MailRequest.Attachment> stored(OutboxMessage queued) {
        List<MailRequest.Attachment> files = new ArrayList<>();
        for (OutboxAttachment attachment : queued.getAttachments()) {
            files.add(new MailRequest.Attachment(attachment.getFilename(), attachment.getContentType(), attachment.getContent()));
        }
        return files;
    }

    private static void setHeader(MimeMessage mail, Map.Entry<String, String> header) {
        try {
            mail.setHeader(header.getKey().substring("header.".length()), MailTemplates.oneLine(header.getValue()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> model(OutboxMessage queued, Conference conference, Locale locale) {
        Map<String, String> model = new HashMap<>(conferenceValues.of(conference, locale));
        model.put("recipientName", queued.getRecipientName() == null ? "" : queued.getRecipientName());
        JsonObject stored = Outbox.JSON.createReader(new StringReader(queued.getModel())).readObject();
        stored.forEach((key, value) -> model.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
        return model;
    }

    private static String senderName(Conference conference) {
        if (conference == null) {
            return "Podium";
        }
        return conference.getTitle() + " – " + conference.getOrganizerName();
    }

    static InternetAddress address(String email, String name) throws MessagingException {
        InternetAddress address = new InternetAddress(email.trim(), true);
        if (name != null && !name.isBlank()) {
            try {
                address.setPersonal(MailTemplates.oneLine(name), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return address;
    }

    /** Keeps the Message-ID recorded in the outbox, so that a resend after a crash carries the same one. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    static Properties smtpProperties(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        return properties;
    }
}
