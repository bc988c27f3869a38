/** Badge print marks and background document runs. */
package de.podium.documents.entity;
