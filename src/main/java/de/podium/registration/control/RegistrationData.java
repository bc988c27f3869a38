package de.podium.registration.control;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.PersonData;
import de.podium.platform.control.PlainText;

/** What a person states when registering, from the API or the registration form. */
public class RegistrationData extends PersonData {

    @NotBlank
    @Size(max = 40)
    public String category;
    @NotBlank
    @Size(max = 254)
    public String email;
    @Pattern(regexp = "de|en", message = "{podium.locale.pattern}")
    public String locale;
    @Size(max = 64)
    public String invitationCode;
    @NotNull
    @Valid
    public Consent consent;
    /** Set only when an organizer enters the registration: how the person gave consent. */
    @Pattern(regexp = "phone|mail|letter", message = "{podium.enteredBy.pattern}")
    public String enteredBy;
    /** Answers to the conference's questions: code → text, true/false, option code or list of option codes. */
    @Size(max = 50)
    public Map<String, Object> answers;
    /** Explicit consent to the processing of answers about health or diet (GDPR Art. 9). */
    public Boolean sensitiveConsent;

    public static class Consent {
        @NotBlank
        @Size(max = 40)
        public String privacyPolicyVersion;
        public boolean listInParticipants;
    }

    /** The fields an attendee may correct later through the manage link. */
    public static class Correction extends PersonData {
        @Pattern(regexp = "de|en", message = "{podium.locale.pattern}")
        public String locale;
        public Boolean listInParticipants;
        /** When sent, replaces the answers (until the conference starts). */
        @Size(max = 50)
        public Map<String, Object> answers;
        public Boolean sensitiveConsent;
    }

    /** Every person field of a registration, as an organizer edits it. */
    public static class OrganizerEdit extends PersonData {
        @NotBlank
        @Size(max = 254)
        public String email;
        @Pattern(regexp = "de|en", message = "{podium.locale.pattern}")
        public String locale;

        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getLocale() { return locale; }
        public void setLocale(String locale) { this.locale = locale; }
    }

    /** Another category for a registration. */
    public static class Move {
        @NotBlank
        @Size(max = 40)
        public String category;
    }

    /** Why an organizer cancels a registration, in their words. */
    public static class Cancellation {
        @NotBlank
        @PlainText(max = 500)
        public String reason;
    }

    /** An invitation as the organizer states it. */
    public static class InvitationData {
        @NotBlank
        @Size(max = 254)
        public String email;
        @NotBlank
        @Size(max = 40)
        public String category;
        @Pattern(regexp = "MR|MS|NONE", message = "{podium.salutation.pattern}")
        public String salutation;
        @PlainText(max = 60)
        public String title;
        @PlainText(max = 120)
        public String firstName;
        @PlainText(max = 120)
        public String lastName;
        @PlainText(max = 300)
        public String office;
    }
}
