package de.podium.mail.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;

/** A bulk mail as the organizer writes it; ${firstName}, ${lastName}, ${manageUrl} … are filled per recipient. */
public class MailingData implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    public String segment;
    @NotBlank
    @Size(max = 300)
    public String subjectDe;
    @NotBlank
    @Size(max = 20000)
    @MultiLine
    public String bodyDe;
    @Size(max = 300)
    public String subjectEn;
    @Size(max = 20000)
    @MultiLine
    public String bodyEn;
    /** From the preview: sending needs it, so that what is sent is what the organizer saw, and only once. */
    @Size(max = 160)
    public String confirmation;
}
