/**
 * Conference and press API, the public conference and press pages, the organizer's conference and press editors, the
 * Atom feed.
 */
package de.podium.event.boundary;
