/** Accounts, the identity store, sign-in throttling and per-conference rights. */
package de.podium.security.control;
