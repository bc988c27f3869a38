/** JAX-RS resources of API.md's Registration section and the JSF beans of the registration pages. */
package de.podium.registration.boundary;
