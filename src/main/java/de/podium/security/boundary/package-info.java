/**
 * How callers sign in: the authentication mechanism (form for browsers, HTTP Basic for the API), login and logout
 * pages.
 */
package de.podium.security.boundary;
