/** The registration aggregate with its state machine, invitations and the values PersonName and EmailAddress. */
package de.podium.registration.entity;
