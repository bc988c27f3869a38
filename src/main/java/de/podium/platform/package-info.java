/**
 * Platform, the lowest feature (uses no other): data source and Flyway start-up, configuration checks, error mapping
 * to JSON and error pages, texts and locale, pretty URLs, links to Podium, health, metrics and request ids.
 */
package de.podium.platform;
