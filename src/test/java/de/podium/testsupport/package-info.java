/**
 * Support shared by the integration tests of all features: the booted app (PodiumServer) and its test mail server,
 * HTTP and Chromium browsers, page, PDF and mail checks, and fixtures made through the API (conferences, people,
 * rooms and talks, slides, speaker invitations); TestDatabase gives unit tests a migrated PostgreSQL database.
 */
package de.podium.testsupport;
