/** Speakers with their protocol data and photo, their answers and invitations, slide versions and the upload deadline. */
package de.podium.speaker.entity;
