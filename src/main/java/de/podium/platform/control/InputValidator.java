package de.podium.platform.control;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates input after the caller's rights were checked, so that an unauthorised client learns nothing
 * from validation messages and gets 401/403 first.
 */
@ApplicationScoped
public class InputValidator {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        if (input == null) {
            throw new PodiumException.Invalid("body", "error.body.missing");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
