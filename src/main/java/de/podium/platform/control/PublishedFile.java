package de.podium.platform.control;

import java.time.Instant;

/**
 * A public file (calendar, schedule, feed) with the time its content was last published, so that readers that
 * poll it can ask "changed since?" and get 304 instead of the whole file.
 */
public record PublishedFile(byte[] content, Instant lastModified) {
}
