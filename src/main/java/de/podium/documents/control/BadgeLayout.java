package de.podium.documents.control;

import java.util.Locale;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;

/** How badges sit on paper: one A6 per page, four A6 on A4, or eight 90 × 55 mm cards on A4. */
public enum BadgeLayout {
    A6(PageSize.A6, PageSize.A6.getWidth(), PageSize.A6.getHeight(), 1, 1),
    A4(PageSize.A4, PageSize.A6.getWidth(), PageSize.A6.getHeight(), 2, 2),
    CARDS(PageSize.A4, mm(90), mm(55), 2, 4);

    private final PageSize page;
    private final float width;
    private final float height;
    private final int columns;
    private final int rows;

    BadgeLayout(PageSize page, float width, float height, int columns, int rows) {
        this.page = page;
        this.width = width;
        this.height = height;
        this.columns = columns;
        this.rows = rows;
    }

    public static BadgeLayout of(String name) {
        if (name == null || name.isBlank()) {
            return A6;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static float mm(double millimetres) {
        return (float) (millimetres * 72 / 25.4);
    }

    public PageSize page() { return page; }
    public int perPage() { return columns * rows; }
    public int columns() { return columns; }
    public int rows() { return rows; }
    public float width() { return width; }
    public float height() { return height; }

    /** The grid is centred on the page; cell 0 is top left, filled row by row. */
    public Rectangle cell(int index) {
        float left = (page.getWidth() - columns * width) / 2;
        float bottom = (page.getHeight() - rows * height) / 2;
        int column = index % columns;
        int row = index / columns;
        return new Rectangle(left + column * width, bottom + (rows - 1 - row) * height, width, height);
    }

    public Rectangle grid() {
        Rectangle first = cell(0);
        return new Rectangle(first.getLeft(), first.getTop() - rows * height, columns * width, rows * height);
    }

    public boolean landscapeCards() {
        return width > height;
    }
}
