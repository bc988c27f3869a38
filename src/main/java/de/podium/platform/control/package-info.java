/**
 * Cross-cutting services: data source and Flyway start-up, production settings, texts of the bundles, input
 * validation, PodiumException (failures users cause), links to Podium (podium.base-url), background work, metrics.
 */
package de.podium.platform.control;
