package de.podium.platform.control;

/**
 * The one rule for control characters in what clients send: C0, DEL and C1 are refused (PostgreSQL rejects NUL,
 * the others break badges, CSV, mail headers and logs); a multi-line text may keep TAB, CR and LF.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** True when {@code text} holds a control character it may not hold. */
    public static boolean refused(String text, boolean multiLine) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\r' || c == '\n'))) {
                return true;
            }
        }
        return false;
    }
}
