package de.podium.platform.boundary;

import java.util.List;

/**
 * Why a request is refused before a resource sees it: the status, the message key of the whole request and the
 * fields concerned, each with its message key. The filter that finds it answers in the request's language.
 */
record Refusal(int status, String messageKey, List<FieldKey> fields, Object... args) {

    record FieldKey(String field, String messageKey) {
    }

    static Refusal of(int status, String messageKey, Object... args) {
        return new Refusal(status, messageKey, List.of(), args);
    }
}
