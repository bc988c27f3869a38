package de.podium.mail.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;

/** Subject and body of a mail kind as the organizer writes them, with {{placeholders}}. */
public class MailTextData implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 300)
    public String subject;
    @NotBlank
    @Size(max = 20000)
    @MultiLine
    public String body;

    public MailTextData() {
    }

    public MailTextData(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
