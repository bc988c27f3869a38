package de.podium.platform.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Counters and timers of this node, exported at {@code /metrics} (Prometheus text) by Payara's MicroProfile
 * Metrics. Features call these methods instead of the registry so that names and tags stay in one place.
 * Counts of stored state (registrations, queued mail) are gauges read from the database instead, see
 * {@code DatabaseGauges}, because they must agree across the nodes of a cluster.
 */
@ApplicationScoped
public class PodiumMetrics {

    public static final String REQUESTS = "podium.http.requests";
    public static final String MAIL_SENT = "podium.mail.sent";
    public static final String MAIL_DELIVERY_FAILURES = "podium.mail.delivery.failures";
    public static final String DOCUMENT_JOBS = "podium.document.jobs";
    public static final String JOB_TURNS = "podium.job.turns";

    @Inject
    MetricRegistry registry;

    /** Per kind, the timers by status class (index 1 for 1xx … 5 for 5xx), each looked up once. */
    private final Map<String, Timer[]> requestTimers = new ConcurrentHashMap<>();

    /** One answered HTTP request of the application; kind is page, api or resource, status the class (2xx …). */
    public void request(String kind, int status, Duration duration) {
        // no metric id, key or text built per request: that showed in profiles of the public reads
        Timer[] byClass = requestTimers.computeIfAbsent(kind, k -> new Timer[6]);
        int statusClass = Math.min(Math.max(status / 100, 0), 5);
        Timer timer = byClass[statusClass];
        if (timer == null) {
            timer = registry.timer(REQUESTS, new Tag("kind", kind), new Tag("status", statusClass + "xx"));
            byClass[statusClass] = timer;
        }
        timer.update(duration);
    }

    public void mailSent() {
        registry.counter(MAIL_SENT).inc();
    }

    /** A delivery attempt that failed; permanent ones leave the mail FAILED, the others are retried. */
    public void mailDeliveryFailed(boolean permanent) {
        registry.counter(MAIL_DELIVERY_FAILURES, new Tag("permanent", Boolean.toString(permanent))).inc();
    }

    /**
     * A document job (badge sheet, certificate, export …) ended on this node.
     *
     * @param kind    what was produced, a short lower-case word such as {@code badges}
     * @param outcome {@code done} or {@code failed}
     */
    public void documentJob(String kind, String outcome) {
        registry.counter(DOCUMENT_JOBS, new Tag("kind", kind), new Tag("outcome", outcome)).inc();
    }

    /**
     * A turn of a scheduled job came on this node.
     *
     * @param job     the job's name in {@code job_claim}
     * @param outcome {@code ran} (this node claimed the turn) or {@code skipped} (another node had it)
     */
    public void jobTurn(String job, String outcome) {
        registry.counter(JOB_TURNS, new Tag("job", job), new Tag("outcome", outcome)).inc();
    }
}
