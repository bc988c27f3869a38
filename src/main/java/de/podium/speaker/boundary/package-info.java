/**
 * Speaker portal pages and API, invitation page, slide upload and download resources, the organizer's slides page
 * and the public slides link of a talk page (TalkSlides).
 */
package de.podium.speaker.boundary;
