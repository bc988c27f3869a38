/** Printable documents: badges, name cards, participant list, certificates and PDF/A proceedings, with background runs. */
package de.podium.documents;
