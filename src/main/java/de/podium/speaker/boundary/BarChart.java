package de.podium.speaker.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Horizontal bars drawn as inline SVG, one row per label: the label above its bar, the number after it. Rows rather
 * than columns, so that long category and status names stay readable on a phone.
 */
public record BarChart(List<Bar> bars, String viewBox, String summary) implements Serializable {

    static final int WIDTH = 320;
    private static final int ROW = 40;
    private static final int LONGEST_BAR = 250;

    /** One row: coordinates as text with a dot, whatever the page's language. */
    public record Bar(String label, long value, String labelY, String barY, String width, String valueX, String valueY)
            implements Serializable {
    }

    public record Entry(String label, long value) {
    }

    /** @param summary makes the chart's accessible name from its rows as "label: value; …" */
    static BarChart of(List<Entry> entries, Locale locale, Function<String, String> summary) {
        long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            double width = max == 0 ? 0 : Math.max(entry.value() == 0 ? 0 : 2, (double) entry.value() / max * LONGEST_BAR);
            int top = i * ROW;
            bars.add(new Bar(entry.label(), entry.value(), number(top + 14), number(top + 20), number(width),
                    number(width + 6), number(top + 32)));
        }
        String rows = entries.stream().map(e -> e.label() + ": " + String.format(locale, "%d", e.value()))
                .collect(Collectors.joining("; "));
        return new BarChart(bars, "0 0 " + WIDTH + " " + Math.max(ROW, entries.size() * ROW + 4),
                summary.apply(rows));
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
