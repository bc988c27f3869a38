/** Conference API and the public conference pages. */
package de.podium.event.boundary;
