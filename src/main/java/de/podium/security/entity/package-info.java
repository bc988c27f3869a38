/** Accounts and roles. */
package de.podium.security.entity;
