package de.podium.documents.control;

/** What one badge shows; plain values so that a long run does not keep entities or layout objects alive. */
public record BadgeData(String title, String firstName, String lastName, String office, String organisation,
                        String category, String colour, String checkinCode) {

    public String fullName() {
        return PdfText.clean(firstName + " " + lastName);
    }
}
