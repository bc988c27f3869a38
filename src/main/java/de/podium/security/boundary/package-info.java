/** How callers sign in: form sign-in for browsers, HTTP Basic for the API. */
package de.podium.security.boundary;
