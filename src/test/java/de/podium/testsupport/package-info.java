/**
 * Support shared by the integration tests of all features: the booted app (PodiumServer) and its test mail server,
 * HTTP and Chromium browsers, page, PDF and mail checks, and fixtures made through the API (conferences, people,
 * rooms and talks, slides, speaker invitations); TestDatabase gives unit tests a migrated PostgreSQL database,
 * ServletFakes a request and response without a container.
 */
package de.podium.testsupport;
