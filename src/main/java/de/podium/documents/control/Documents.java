package de.podium.documents.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Conference;
import de.podium.platform.control.LetterSalutation;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.registration.control.RegistrationService;
import de.podium.registration.entity.Registration;
import de.podium.registration.entity.RegistrationStatus;

/**
 * The documents that come at once: rights are checked and data loaded here, inside the request; the returned
 * body only writes PDF and may stream straight into the response.
 */
@ApplicationScoped
public class Documents {

    @Inject
    SlidePageTextStore slideTexts;

    @Inject
    ConferenceService conferences;

    @Inject
    RegistrationService registrations;

    @Inject
    PeopleSelection people;

    @Inject
    Proceedings proceedings;

    @Inject
    DocumentFiles files;

    public PreparedDocument badges(String slug, String layoutName, BadgeFilter filter, Locale locale) {
        Conference conference = conferences.forOrganizer(slug);
        BadgeLayout layout = layout(layoutName);
        List<Registration> selected = people.forBadges(conference, filter);
        List<BadgeData> badges = selected.stream().map(r -> badge(r, locale)).toList();
        List<Long> ids = selected.stream().map(Registration::getId).toList();
        String title = Texts.get(locale, "documents.badges.title", conference.getTitle());
        String empty = Texts.get(locale, "documents.badges.empty");
        return new PreparedDocument(slug + "-badges.pdf", out -> {
            try (BadgeWriter writer = new BadgeWriter(out, layout, conference.getTitle(), title, empty,
                    conference.getAccentColour(), conference.getLogoPath() == null ? null : java.nio.file.Path.of(conference.getLogoPath()))) {
                badges.forEach(writer::add);
            }
            people.markPrinted(conference, ids);
        });
    }

    public PreparedDocument nameCards(String slug, String category, Long registration, Locale locale) {
        Conference conference = conferences.forOrganizer(slug);
        List<ProtocolName> names = people.forNameCards(conference, blankToNull(category), registration).stream()
                .map(r -> ProtocolName.of(r.getName().getTitle(), r.getName().getFirstName(), r.getName().getLastName(),
                        r.getOffice()))
                .toList();
        String title = Texts.get(locale, "documents.namecards.title", conference.getTitle());
        String empty = Texts.get(locale, "documents.namecards.empty");
        return new PreparedDocument(slug + "-namecards.pdf", out -> {
            try (NameCardWriter writer = new NameCardWriter(out, conference.getTitle(), title, empty)) {
                names.forEach(writer::add);
            }
        });
    }

    /** Sorted by protocol precedence (default) or by name. */
    public PreparedDocument participants(String slug, String sort, Locale locale) {
        Conference conference = conferences.forOrganizer(slug);
        boolean byName;
        if (sort == null || sort.isBlank() || sort.strip().equals("protocol")) {
            byName = false;
        } else if (sort.strip().equals("name")) {
            byName = true;
        } else {
            throw new PodiumException.Invalid("sort", "error.documents.sort", sort);
        }
        List<String[]> rows = people.forParticipantList(conference, byName).stream()
                .map(r -> new String[] {r.getName().full(), officeCell(r, locale), r.getOrganisation()})
                .toList();
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Texts.get(locale, "documents.datePattern"), locale);
        String asOf = date.format(LocalDate.ofInstant(Instant.now(), conference.zone()));
        return new PreparedDocument(slug + "-participants.pdf", out -> {
            try (ParticipantListWriter writer = new ParticipantListWriter(out, locale, conference.getTitle(), asOf)) {
                rows.forEach(row -> writer.add(row[0], row[1], row[2]));
            }
        });
    }

    /** Streams straight into the response; the same writer serves background runs. */
    public PreparedDocument proceedings(String slug, Locale locale) {
        Conference conference = conferences.forOrganizer(slug);
        ProceedingsContent content = proceedings.content(conference, locale);
        return new PreparedDocument(slug + "-proceedings.pdf", out -> {
            java.nio.file.Path work = files.workDirectory();
            try {
                new ProceedingsWriter(content, n -> { }, slideTexts).write(out, work);
            } finally {
                files.deleteTree(work);
            }
        });
    }

    /** A companion's row says whom they accompany, as they stand right under them in protocol order. */
    private static String officeCell(Registration r, Locale locale) {
        if (!PeopleSelection.isCompanion(r)) {
            return r.getOffice();
        }
        String with = Texts.get(locale, "documents.participants.companionOf", r.getCategory().localizedName(locale),
                r.getLead().getName().full());
        return r.getOffice() == null || r.getOffice().isBlank() ? with : r.getOffice() + " (" + with + ")";
    }

    private static String blankToNull(String value) {
        return Texts.blankToNull(value);
    }

    public static BadgeLayout layout(String name) {
        BadgeLayout layout = BadgeLayout.of(name);
        if (layout == null) {
            throw new PodiumException.Invalid("layout", "error.documents.layout", name);
        }
        return layout;
    }

    public static BadgeData badge(Registration r, Locale locale) {
        return new BadgeData(r.getName().getTitle(), r.getName().getFirstName(), r.getName().getLastName(),
                r.getOffice(), r.getOrganisation(), bandText(r, locale), r.getCategory().getColour(), r.getCheckinCode(),
                r.getShortCode());
    }

    /** The badge band names the category; companions of any companion category read "Begleitung" there. */
    static String bandText(Registration r, Locale locale) {
        return r.getCategory().isCompanion() ? Texts.get(locale, "documents.badge.companionBand")
                : r.getCategory().localizedName(locale);
    }

    /** For the attendee after check-in, by the manage token; 409 before. */
    public PreparedDocument certificate(String token) {
        Registration r = registrations.bySelfToken(token);
        if (r.getStatus() != RegistrationStatus.CHECKED_IN || r.getCheckedInAt() == null) {
            throw new PodiumException.Conflict("not_checked_in", "error.documents.certificate.notCheckedIn");
        }
        Conference c = r.getConference();
        Locale locale = Texts.fromTag(r.getLocale());
        DateTimeFormatter date = DateTimeFormatter.ofPattern(Texts.get(locale, "documents.datePattern"), locale);
        DateTimeFormatter time = DateTimeFormatter.ofPattern(Texts.get(locale, "documents.dateTimePattern"), locale);
        CertificateWriter.Certificate certificate = new CertificateWriter.Certificate(locale,
                LetterSalutation.named(locale, r.getSalutation(), r.getName().full()),
                r.getOffice(), r.getOrganisation(), c.getTitle(), dates(c, date, locale), place(c),
                time.format(r.getCheckedInAt().atZone(c.zone())), c.getOrganizerName(),
                date.format(LocalDate.ofInstant(Instant.now(), c.zone())));
        return new PreparedDocument("certificate-" + c.getSlug() + ".pdf", out -> CertificateWriter.write(certificate, out));
    }

    static String dates(Conference c, DateTimeFormatter date, Locale locale) {
        LocalDate start = c.getStartsAt().toLocalDate();
        LocalDate end = c.getEndsAt().toLocalDate();
        return start.equals(end) ? date.format(start) : Texts.get(locale, "documents.dateRange", date.format(start), date.format(end));
    }

    static String place(Conference c) {
        String venue = PdfText.clean(c.getVenue());
        String city = PdfText.clean(c.getCity());
        return venue.isEmpty() ? city : city.isEmpty() ? venue : venue + ", " + city;
    }
}
