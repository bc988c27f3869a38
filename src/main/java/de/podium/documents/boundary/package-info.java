/** PDF endpoints of the documents, their background runs and the organizer documents page. */
package de.podium.documents.boundary;
