package de.podium.documents.control;

/** What one badge shows; plain values so that a long run does not keep entities or layout objects alive. */
public record BadgeData(String title, String firstName, String lastName, String office, String organisation,
                        String category, String colour, String checkinCode, String shortCode) {

    /** A badge without a short code under its QR code. */
    public BadgeData(String title, String firstName, String lastName, String office, String organisation,
                     String category, String colour, String checkinCode) {
        this(title, firstName, lastName, office, organisation, category, colour, checkinCode, null);
    }

    public String fullName() {
        return PdfText.clean(firstName + " " + lastName);
    }
}
