package de.podium.registration.boundary;

import jakarta.enterprise.context.ApplicationScoped;

import de.podium.registration.entity.Registration;

/** Site-relative links to a registration's own pages. */
@ApplicationScoped
public class RegistrationLinks {

    public String managePath(Registration registration) {
        return "/registrations/self/" + registration.getManageToken();
    }
}
