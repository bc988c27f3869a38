package de.podium.registration.control;

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
