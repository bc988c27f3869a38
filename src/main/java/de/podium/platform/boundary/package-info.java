/**
 * HTTP and JSF plumbing for all features: JSON errors and exception mappers, locale selection, pretty URLs and the
 * page router, faces messages, security headers, session cookie, health checks, access log.
 */
package de.podium.platform.boundary;
