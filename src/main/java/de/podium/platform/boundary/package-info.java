/** Cross-cutting web concerns: JSON errors, locale selection, pretty URLs, security headers, health checks. */
package de.podium.platform.boundary;
