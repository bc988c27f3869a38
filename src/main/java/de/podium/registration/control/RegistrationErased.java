package de.podium.registration.control;

/**
 * Fired inside the erasing transaction after a registration was anonymised, so that the features to the right of
 * registration (personal agenda, documents) remove what they hold about the person.
 */
public record RegistrationErased(long conferenceId, long registrationId) {
}
