package de.podium.registration.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import de.podium.event.control.ConferenceService;
import de.podium.event.entity.Category;
import de.podium.event.entity.Conference;
import de.podium.platform.control.InputValidator;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;
import de.podium.platform.entity.Salutation;
import de.podium.platform.control.PodiumException.FieldError;
import de.podium.registration.entity.EmailAddress;
import de.podium.registration.entity.Invitation;

/** Personal invitations, one at a time or many from a CSV file; each is mailed with its link. */
@ApplicationScoped
public class Invitations {

    private static final int MAX_ROWS = 2000;

    @PersistenceContext(unitName = "podium")
    EntityManager em;

    @Inject
    ConferenceService conferences;

    @Inject
    InputValidator inputValidator;

    @Inject
    Validator validator;

    @Inject
    RegistrationMails mails;

    @Transactional
    public Invitation invite(String slug, RegistrationData.InvitationData data) {
        Conference conference = conferences.forOrganizer(slug);
        inputValidator.check(data);
        List<FieldError> errors = new ArrayList<>();
        Invitation invitation = create(conference, data, "", errors);
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return invitation;
    }

    /**
     * Columns email, category, salutation (optional: MR, MS, NONE), title, firstName, lastName, office with a header line; comma or semicolon.
     * All rows are checked before any is stored, so a file with one bad row changes nothing.
     */
    @Transactional
    public List<Invitation> importCsv(String slug, String csv) {
        Conference conference = conferences.forOrganizer(slug);
        List<RegistrationData.InvitationData> rows = parse(csv);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (ConstraintViolation<RegistrationData.InvitationData> v : validator.validate(rows.get(i))) {
                errors.add(new FieldError("rows[" + (i + 1) + "]." + v.getPropertyPath(), "error.invitation.csv.field",
                        v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        List<Invitation> created = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            created.add(create(conference, rows.get(i), "rows[" + (i + 1) + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw new PodiumException.Invalid(errors);
        }
        return created;
    }

    public List<Invitation> of(String slug) {
        Conference conference = conferences.forOrganizer(slug);
        return em.createNamedQuery(Invitation.OF_CONFERENCE, Invitation.class)
                .setParameter("conference", conference).getResultList();
    }

    private Invitation create(Conference conference, RegistrationData.InvitationData data, String prefix,
                              List<FieldError> errors) {
        Category category = conference.category(data.category.strip()).orElse(null);
        if (category == null) {
            errors.add(new FieldError(prefix + "category", "error.registration.category.unknown", data.category));
        }
        if (!EmailAddress.isValid(data.email)) {
            errors.add(new FieldError(prefix + "email", "error.registration.email.invalid"));
        }
        if (category == null || !EmailAddress.isValid(data.email)) {
            return null;
        }
        Invitation invitation = new Invitation(category, new EmailAddress(data.email), Salutation.of(data.salutation),
                Texts.blankToNull(data.title), Texts.blankToNull(data.firstName),
                Texts.blankToNull(data.lastName), Texts.blankToNull(data.office));
        em.persist(invitation);
        mails.invitation(invitation);
        return invitation;
    }

    private static List<RegistrationData.InvitationData> parse(String csv) {
        if (csv == null || csv.isBlank()) {
            throw new PodiumException.Invalid("file", "error.invitation.csv.empty");
        }
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> header = parser.getHeaderMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
            if (!header.keySet().containsAll(Set.of("email", "category"))) {
                throw new PodiumException.Invalid("file", "error.invitation.csv.header");
            }
            List<RegistrationData.InvitationData> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new PodiumException.Invalid("file", "error.invitation.csv.tooMany", MAX_ROWS);
                }
                RegistrationData.InvitationData row = new RegistrationData.InvitationData();
                row.email = value(record, header, "email");
                row.category = value(record, header, "category");
                row.salutation = Texts.blankToNull(value(record, header, "salutation"));
                row.title = value(record, header, "title");
                row.firstName = value(record, header, "firstname");
                row.lastName = value(record, header, "lastname");
                row.office = value(record, header, "office");
                rows.add(row);
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new PodiumException.Invalid("file", "error.invitation.csv.unreadable");
        }
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
