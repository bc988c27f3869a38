/** Persistence helpers shared by all features (the Instant converter). */
package de.podium.platform.entity;
