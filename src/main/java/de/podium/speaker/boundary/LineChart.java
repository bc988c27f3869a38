package de.podium.speaker.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registrations so far over the days they were made, as an SVG polyline in a 320 × 200 box, with the capacity as a
 * horizontal line when the conference has one. Days are placed by their date, so quiet weeks look quiet.
 */
public record LineChart(String points, String capacityY, String maxLabel, String firstDay, String lastDay,
                        boolean hasData) implements Serializable {

    private static final double LEFT = 40;
    private static final double RIGHT = 310;
    private static final double TOP = 16;
    private static final double BOTTOM = 170;

    public record Point(LocalDate day, long cumulative) {
    }

    static LineChart of(List<Point> points, Integer capacity, Function<LocalDate, String> dateText) {
        if (points.isEmpty()) {
            return new LineChart("", capacity == null ? null : y(capacity, capacity), capacity == null ? "0"
                    : String.valueOf(capacity), "", "", false);
        }
        long total = points.get(points.size() - 1).cumulative();
        long max = Math.max(1, Math.max(total, capacity == null ? 0 : capacity));
        long first = points.get(0).day().toEpochDay();
        long span = points.get(points.size() - 1).day().toEpochDay() - first;
        // the line rises from none before the first registration, also when all came on one day
        String line = BarChart.number(LEFT) + "," + y(0, max) + " " + points.stream()
                .map(p -> BarChart.number(x(p.day().toEpochDay() - first, span)) + "," + y(p.cumulative(), max))
                .collect(Collectors.joining(" "));
        return new LineChart(line, capacity == null ? null : y(capacity, max), String.valueOf(max),
                dateText.apply(points.get(0).day()), dateText.apply(points.get(points.size() - 1).day()), true);
    }

    /** The first day a little right of the axis, so that the rise to its count shows. */
    private static double x(long day, long span) {
        double start = LEFT + 20;
        return span == 0 ? RIGHT : start + (RIGHT - start) * day / span;
    }

    private static String y(long value, long max) {
        return BarChart.number(BOTTOM - (BOTTOM - TOP) * value / max);
    }
}
