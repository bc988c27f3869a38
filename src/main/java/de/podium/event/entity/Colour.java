package de.podium.event.entity;

import java.util.Locale;

/**
 * An sRGB colour as "#rrggbb", with the WCAG 2.1 relative luminance and contrast ratio, so that text on a
 * category colour (badges, category chips) is always black or white, whichever reads better; the better one
 * always reaches at least 4.5:1 (success criterion 1.4.3), whatever colour an organizer picks.
 */
public record Colour(int red, int green, int blue) {

    public static final Colour BLACK = new Colour(0, 0, 0);
    public static final Colour WHITE = new Colour(255, 255, 255);
    /** Podium blue, used when a stored colour is not a "#rrggbb" value. */
    public static final Colour FALLBACK = new Colour(0x1f, 0x4e, 0x79);

    public Colour {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
            throw new IllegalArgumentException("colour channel out of 0..255");
        }
    }

    /** "#1f4e79" (or "1f4e79"); anything else gives {@link #FALLBACK}. */
    public static Colour of(String hex) {
        String digits = hex == null ? "" : hex.startsWith("#") ? hex.substring(1) : hex;
        if (!digits.matches("[0-9a-fA-F]{6}")) {
            return FALLBACK;
        }
        int rgb = Integer.parseInt(digits, 16);
        return new Colour((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** WCAG 2.1 relative luminance, 0 (black) to 1 (white). */
    public double luminance() {
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** WCAG contrast ratio with {@code other}, 1 to 21. */
    public double contrastWith(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** Black or white, whichever contrasts more with this colour as background. */
    public Colour readableText() {
        return contrastWith(WHITE) >= contrastWith(BLACK) ? WHITE : BLACK;
    }

    public String hex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }
}
