package de.podium.speaker.control;

import java.nio.file.Path;

/** Fired when an upload became a talk's new slide version; observers that act after the commit see it stored. */
public record SlideStored(long slideId, Path file, String contentType) {
}
