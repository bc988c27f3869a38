package de.podium.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * What every calendar file of Podium shares: METHOD:PUBLISH (the same method the MIME type of mail attachments
 * names, RFC 6047), the calendar's name for subscribing apps (NAME of RFC 7986, X-WR-CALNAME and X-WR-TIMEZONE
 * for Outlook, Google and Apple), UIDs under the public host, and lines folded at 75 octets (RFC 5545 3.1):
 * ical4j folds by characters, so a line of umlauts would run to twice the limit.
 */
public final class CalendarFile {

    /** The MIME type of calendar attachments; its method matches the METHOD inside the file. */
    public static final String MIME_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private static final int MAX_OCTETS = 75;

    private CalendarFile() {
    }

    /** An empty calendar that says who made it and what it is called. */
    public static Calendar named(String name, String timeZone) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Podium//Podium//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new Name(name));
        calendar.add(new XProperty("X-WR-CALNAME", name));
        if (timeZone != null) {
            calendar.add(new XProperty("X-WR-TIMEZONE", timeZone));
        }
        return calendar;
    }

    /**
     * The organizer, which RFC 5546 requires in every VEVENT of a PUBLISH: the organizer's address, or the
     * conference page (a calendar address is any URI) when the conference names none.
     */
    public static Organizer organizer(String name, String email, String page) {
        Organizer organizer = new Organizer(URI.create(email == null || email.isBlank() ? page : "mailto:" + email.strip()));
        if (name != null && !name.isBlank()) {
            organizer.add(new Cn(name));
        }
        return organizer;
    }

    /** "talk-7@podium.example.org": globally unique under the host of the public address. */
    public static String uid(String local, String baseUrl) {
        String host = baseUrl == null ? null : URI.create(baseUrl).getHost();
        return local + "@" + (host == null || host.isBlank() ? "podium.invalid" : host);
    }

    public static byte[] bytes(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folded(out.toString());
    }

    /** Each content line cut into pieces of at most 75 octets, never inside a UTF-8 sequence. */
    static byte[] folded(String unfolded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : unfolded.split("\r\n")) {
            int octets = 0;
            int limit = MAX_OCTETS;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                if (octets + encoded.length > limit) {
                    out.writeBytes(new byte[] {'\r', '\n', ' '});
                    octets = 0;
                    limit = MAX_OCTETS - 1;
                }
                out.writeBytes(encoded);
                octets += encoded.length;
                i += Character.charCount(codePoint);
            }
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        return out.toByteArray();
    }
}
