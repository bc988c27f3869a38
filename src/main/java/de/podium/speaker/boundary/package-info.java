/**
 * Speaker portal pages and API, invitation page, slide upload and download resources, the organizer's slides page,
 * the public slides link of a talk page (TalkSlides), and the organizer dashboard with its SVG charts
 * (DashboardPage, BarChart, LineChart), the start page's figures (OrganizerFigures) and the statistics API.
 */
package de.podium.speaker.boundary;
