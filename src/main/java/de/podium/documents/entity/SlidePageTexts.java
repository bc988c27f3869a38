package de.podium.documents.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The text of each page of one slide upload, as a JSON array in page order; read once, used by every proceedings run. */
@Entity
@Table(name = "slide_page_texts")
@NamedQuery(name = SlidePageTexts.OF_SLIDE, query = "SELECT t.pageCount, t.texts FROM SlidePageTexts t WHERE t.slideId = :slide")
public class SlidePageTexts {

    /** Values, not the entity: a proceedings run reads hundreds, and its persistence context would keep each one. */
    public static final String OF_SLIDE = "SlidePageTexts.ofSlide";

    @Id
    @Column(name = "slide_id")
    private Long slideId;
    @Column(name = "page_count")
    private int pageCount;
    private String texts;
    @Column(name = "read_at")
    private Instant readAt;

    protected SlidePageTexts() {
    }

    public SlidePageTexts(Long slideId, int pageCount, String texts, Instant readAt) {
        this.slideId = slideId;
        this.pageCount = pageCount;
        this.texts = texts;
        this.readAt = readAt;
    }

    public Long getSlideId() { return slideId; }
    public int getPageCount() { return pageCount; }
    public String getTexts() { return texts; }
    public Instant getReadAt() { return readAt; }
}
