/** Accounts, roles and stored sign-in failures. */
package de.podium.security.entity;
