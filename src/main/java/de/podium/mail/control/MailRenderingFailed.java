package de.podium.mail.control;

/**
 * A queued mail cannot be rendered: what it is about is gone ({@link #GONE}), its personal data was erased
 * ({@link #ERASED}), or rendering broke ({@link #ERROR}). The sender marks the mail FAILED with the reason,
 * which pages and the API show in words ({@code organizer.outbox.failure.<reason>}).
 */
public class MailRenderingFailed extends RuntimeException {

    public static final String GONE = "GONE";
    public static final String ERASED = "ERASED";
    public static final String ERROR = "ERROR";

    private final String reason;

    public MailRenderingFailed(String reason, String details) {
        super(details);
        this.reason = reason;
    }

    public MailRenderingFailed(String details, Throwable cause) {
        super(details, cause);
        this.reason = ERROR;
    }

    public String reason() {
        return reason;
    }
}
