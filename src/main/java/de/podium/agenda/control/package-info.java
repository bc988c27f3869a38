/**
 * One service per responsibility: Rooms, Talks, Slots (placing), Availabilities, RoomClosures, ScheduleConflicts
 * (with the rules in Conflicts/ScheduleRules, checked time windows in WindowInput); publishing, exports (iCalendar,
 * frab), the personal agenda and change mails.
 */
package de.podium.agenda.control;
