/** Persistence helpers shared by all features. */
package de.podium.platform.entity;
