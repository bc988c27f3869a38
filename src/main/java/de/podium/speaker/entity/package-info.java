/** Speaker invitations, answers to talks, slide versions and the upload deadline. */
package de.podium.speaker.entity;
