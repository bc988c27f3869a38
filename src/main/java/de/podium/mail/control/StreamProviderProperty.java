package de.podium.mail.control;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.mail.util.StreamProvider;

/**
 * Jakarta Mail 2.1 finds its stream provider (the encoders every MIME part and encoded header goes through) by a
 * {@code ServiceLoader} scan of the class path on each use, unless a system property names the class: that scan
 * was a fifth of the CPU time of rendering a mail. Naming Angus Mail's provider (what the scan finds on Payara)
 * turns it into one class lookup.
 */
final class StreamProviderProperty {

    static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    private StreamProviderProperty() {
    }

    /** Names Angus Mail's provider unless something else is named already or Angus Mail is not there. */
    static void nameAngusIfPresent() {
        try {
            Class.forName(ANGUS, false, StreamProviderProperty.class.getClassLoader());
            System.getProperties().putIfAbsent(StreamProvider.class.getName(), ANGUS);
        } catch (ClassNotFoundException e) {
            Logger.getLogger(StreamProviderProperty.class.getName()).log(Level.FINE,
                    "Angus Mail not found; Jakarta Mail looks its stream provider up each time", e);
        }
    }
}
