package de.podium.documents.control;

/**
 * How officials are addressed on name cards (DOMAIN.md, Protocol): a one-word office comes before the name
 * ("Bundesinnenminister Dr. Thomas de Maizière", "Landrat Stefan Reuß"); a longer office description is
 * printed as its own line under the name instead of being glued in front of it. {@code nameStart} is where the
 * name begins in the headline: a line break goes before the name rather than into it.
 */
public record ProtocolName(String headline, String officeLine, int nameStart) {

    public static ProtocolName of(String title, String firstName, String lastName, String office) {
        String name = PdfText.clean((title == null ? "" : title + " ") + firstName + " " + lastName);
        String cleanOffice = PdfText.clean(office);
        if (!cleanOffice.isEmpty() && !cleanOffice.contains(" ")) {
            return new ProtocolName(cleanOffice + " " + name, "", cleanOffice.length() + 1);
        }
        return new ProtocolName(name, cleanOffice, 0);
    }
}
