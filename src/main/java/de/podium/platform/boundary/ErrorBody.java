package de.podium.platform.boundary;

import java.util.List;

/**
 * The JSON error body of API.md: {"status":422,"error":"validation","errors":[{"field":"email","message":"…"}]};
 * {@code conflicts} lists what blocks an action, e.g. publishing an agenda with overlaps; {@code field} names the one
 * field a conflict is about ({"error":"option_full","field":"answers.WORKSHOP"}).
 */
public record ErrorBody(int status, String error, String message, String field, List<Field> errors,
                        List<Object> conflicts) {

    public ErrorBody(int status, String error, String message, List<Field> errors) {
        this(status, error, message, null, errors, null);
    }

    public record Field(String field, String message) {
    }
}
