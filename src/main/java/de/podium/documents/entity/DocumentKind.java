package de.podium.documents.entity;

/** Documents that may be big enough to be made in the background. */
public enum DocumentKind {
    BADGES, PROCEEDINGS
}
