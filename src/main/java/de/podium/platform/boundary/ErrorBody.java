package de.podium.platform.boundary;

import java.util.List;

/** The JSON error body of API.md: {"status":422,"error":"validation","errors":[{"field":"email","message":"…"}]}. */
public record ErrorBody(int status, String error, String message, List<Field> errors) {

    public record Field(String field, String message) {
    }
}
