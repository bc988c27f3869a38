package de.podium.documents.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A document made in the background: its progress while it runs, then the file or the reason it failed. */
@Entity
@Table(name = "document_job")
@NamedQuery(name = DocumentJob.OF_CONFERENCE, query = "SELECT j FROM DocumentJob j WHERE j.conferenceId = :conference "
        + "ORDER BY j.requestedAt DESC, j.id DESC")
public class DocumentJob {

    public static final String OF_CONFERENCE = "DocumentJob.ofConference";
    private static final int REPORT_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "conference_id")
    private Long conferenceId;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    private String parameters;
    @Enumerated(EnumType.STRING)
    private JobStatus status = JobStatus.QUEUED;
    private int done;
    private int total;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "file_path")
    private String filePath;
    private String report;

    protected DocumentJob() {
    }

    public DocumentJob(Long conferenceId, DocumentKind kind, String parameters, String requestedBy) {
        this.conferenceId = conferenceId;
        this.kind = kind;
        this.parameters = parameters;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    public void start(int totalSteps) {
        status = JobStatus.RUNNING;
        total = totalSteps;
    }

    public void progress(int stepsDone) {
        done = Math.min(stepsDone, total);
    }

    public void finish(String file, String finalReport) {
        status = JobStatus.DONE;
        done = total;
        filePath = file;
        report = clip(finalReport);
        finishedAt = Instant.now();
    }

    /** The file held someone who has since been erased: it is deleted, the run stays in the list without it. */
    public void discardFile() {
        filePath = null;
    }

    public void fail(String reason) {
        status = JobStatus.FAILED;
        report = clip(reason);
        finishedAt = Instant.now();
    }

    /** Whole percent, for the progress bar. */
    public int percent() {
        return total == 0 ? (status == JobStatus.DONE ? 100 : 0) : (int) (100L * done / total);
    }

    private static String clip(String text) {
        return text == null || text.length() <= REPORT_LENGTH ? text : text.substring(0, REPORT_LENGTH - 1) + "…";
    }

    public Long getId() { return id; }
    public Long getConferenceId() { return conferenceId; }
    public DocumentKind getKind() { return kind; }
    public String getParameters() { return parameters; }
    public JobStatus getStatus() { return status; }
    public int getDone() { return done; }
    public int getTotal() { return total; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public String getFilePath() { return filePath; }
    public String getReport() { return report; }
}
