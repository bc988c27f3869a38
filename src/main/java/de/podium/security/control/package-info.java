/**
 * Accounts and the identity store, the signed-in user, the sign-in throttle with its stored failures, the default-
 * password check at start-up.
 */
package de.podium.security.control;
