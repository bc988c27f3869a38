/** The layout rules of README's Layout section, checked with ArchUnit on the compiled classes. */
package de.podium.architecture;
