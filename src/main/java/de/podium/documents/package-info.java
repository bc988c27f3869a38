/**
 * Documents, the highest feature (uses all but demo): badges, name cards, participant lists, certificates and PDF/A
 * proceedings, written with iText, synchronously or as background runs.
 */
package de.podium.documents;
