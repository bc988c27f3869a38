package de.podium.platform.control;

/**
 * Fired by a feature when something a public read of a conference shows was changed (conference, categories,
 * tracks, rooms, press releases, a published agenda version), or only the places held in it. The prepared public
 * reads of that conference are dropped on every node once the change is committed ({@link PublicReadInvalidation}).
 */
public record PublicContentChanged(String slug, Scope scope) {

    public enum Scope {
        /** everything prepared for the conference */
        CONTENT,
        /** only what shows the places left (the conference JSON) */
        PLACES
    }

    public static PublicContentChanged content(String slug) {
        return new PublicContentChanged(slug, Scope.CONTENT);
    }

    public static PublicContentChanged places(String slug) {
        return new PublicContentChanged(slug, Scope.PLACES);
    }

    /** The form sent to the other nodes: scope and slug (a slug never contains a space). */
    String encoded() {
        return scope.name() + " " + slug;
    }

    static PublicContentChanged decode(String message) {
        int space = message.indexOf(' ');
        return new PublicContentChanged(message.substring(space + 1), Scope.valueOf(message.substring(0, space)));
    }
}
