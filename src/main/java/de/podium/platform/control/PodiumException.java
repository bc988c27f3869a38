package de.podium.platform.control;

import java.util.List;

/**
 * A failure a user or client caused, with the error code of API.md. Control services throw the subclasses;
 * the boundary maps them to HTTP statuses and faces messages. Stored data stays untouched because the
 * transaction rolls back.
 */
public abstract class PodiumException extends RuntimeException {

    private final String code;
    private final transient Object[] args;

    protected PodiumException(String code, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.code = code;
        this.args = args;
    }

    /** Machine-readable error, e.g. {@code duplicate} or {@code registration_closed}. */
    public String code() {
        return code;
    }

    /** Key in the i18n bundle describing the failure for humans. */
    public String messageKey() {
        return getMessage();
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldError> fieldErrors() {
        return List.of();
    }

    /** The one field a conflict is about, named in the body as {@code field}; null for most failures. */
    public String field() {
        return null;
    }

    /** Structured details a client needs besides the message, e.g. the conflicts that block publishing. */
    public List<Object> details() {
        return List.of();
    }

    public static final class NotFound extends PodiumException {
        public NotFound(String messageKey, Object... args) {
            super("not_found", messageKey, args);
        }
    }

    public static final class Conflict extends PodiumException {
        private final transient List<Object> details;
        private String field;

        public Conflict(String code, String messageKey, Object... args) {
            this(List.of(), code, messageKey, args);
        }

        public Conflict(List<Object> details, String code, String messageKey, Object... args) {
            super(code, messageKey, args);
            this.details = List.copyOf(details);
        }

        /** A conflict about one field's value, e.g. {@code option_full} on {@code answers.WORKSHOP}. */
        public static Conflict onField(String field, String code, String messageKey, Object... args) {
            Conflict conflict = new Conflict(code, messageKey, args);
            conflict.field = field;
            return conflict;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public List<Object> details() {
            return details;
        }
    }

    /** A link that was valid once: used, expired or never issued (410). */
    public static final class Gone extends PodiumException {
        public Gone(String code, String messageKey, Object... args) {
            super(code, messageKey, args);
        }
    }

    public static final class Forbidden extends PodiumException {
        public Forbidden(String code, String messageKey, Object... args) {
            super(code, messageKey, args);
        }
    }

    public static final class NotSignedIn extends PodiumException {
        public NotSignedIn() {
            super("unauthorized", "error.unauthorized");
        }
    }

    public static final class TooManyRequests extends PodiumException {
        private final long retryAfterSeconds;

        public TooManyRequests(long retryAfterSeconds) {
            super("too_many_requests", "error.tooManyRequests", retryAfterSeconds);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public TooManyRequests(String code, String messageKey, long retryAfterSeconds, Object... args) {
            super(code, messageKey, args);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    public static final class TooLarge extends PodiumException {
        public TooLarge(String messageKey, Object... args) {
            super("too_large", messageKey, args);
        }
    }

    public static final class UnsupportedType extends PodiumException {
        public UnsupportedType(String messageKey, Object... args) {
            super("unsupported_media_type", messageKey, args);
        }
    }

    public static final class Invalid extends PodiumException {
        private final transient List<FieldError> errors;

        public Invalid(List<FieldError> errors) {
            super("validation", "error.validation");
            this.errors = List.copyOf(errors);
        }

        public Invalid(String field, String messageKey, Object... args) {
            this(List.of(new FieldError(field, messageKey, args)));
        }

        @Override
        public List<FieldError> fieldErrors() {
            return errors;
        }
    }

    /** One invalid field: its name as the client sent it and a message key with arguments. */
    public record FieldError(String field, String messageKey, Object... args) {
    }
}
