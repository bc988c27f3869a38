/** Schedule rules (one conflict module), placing, availability and versioned publishing. */
package de.podium.agenda.control;
