/**
 * Registration (uses platform, security, event, mail): one person's place at a conference, invitations, double opt-
 * in, the waiting list, approval, delegations, check-in and the GDPR rights (export, erasure, retention). Capacity
 * is kept by the database (conditional UPDATEs on the conference and category counters, Places), never in JVM
 * memory.
 */
package de.podium.registration;
