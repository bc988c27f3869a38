/**
 * Selecting people and talks, writing badges, name cards, lists, certificates and PDF/A proceedings, background
 * runs.
 */
package de.podium.documents.control;
