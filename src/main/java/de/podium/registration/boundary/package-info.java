/**
 * JAX-RS resources of API.md's Registration section and the JSF beans of the registration pages; the organizer's
 * registration page has one bean per section (OrganizerRegistrationsPage, InvitationsForm, RetentionForm).
 */
package de.podium.registration.boundary;
