/**
 * Demo data, loaded into an empty database when {@code podium.demo=true}: the seed's conference with accounts, rooms,
 * speakers, talks, registrations and its published programme. {@link de.podium.demo.DemoDataStartup} is the one
 * start-up bean; the other classes each load one part under {@link de.podium.demo.DemoDataLock}. This package may use
 * every feature; no feature uses it.
 */
package de.podium.demo;
