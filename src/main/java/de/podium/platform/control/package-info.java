/** Cross-cutting logic: data source, Flyway start-up, user-facing texts, failures users cause. */
package de.podium.platform.control;
