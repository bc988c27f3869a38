package de.podium.agenda.control;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.podium.agenda.entity.AgendaVersion;
import de.podium.platform.control.PodiumDataSource;

/**
 * The public agenda's bytes per conference, kept per published version. Every read asks the database for the
 * current version number (one indexed single-row query, no entity loaded), so a version published on another
 * node is served at once; only the snapshot's text (the bulk of the work: loading the entity, decoding and
 * encoding ~4 kB of JSON) is reused while the number is unchanged. Published versions are immutable, so bytes
 * cached for a number can never be stale. Concurrent reads share version queries, but only a query that started
 * after a read arrived answers it, so no read can miss a version committed before it came in.
 */
@ApplicationScoped
public class PublishedAgendaCache {

    static final String CURRENT_VERSION = "SELECT v.version FROM agenda_version v JOIN conference c "
            + "ON c.id = v.conference_id WHERE c.slug = ? ORDER BY v.version DESC LIMIT 1";

    /** The published snapshot as sent: its version number and its UTF-8 bytes. */
    public record Snapshot(int version, byte[] json) {
    }

    @Resource(lookup = PodiumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AgendaPublishing publishing;

    private final Map<String, Snapshot> bySlug = new ConcurrentHashMap<>();

    private final Map<String, SharedQuery> versionQueries = new ConcurrentHashMap<>();

    /** The current version's number, or 0 when the conference is unknown or has published nothing. */
    public int currentVersion(String slug) {
        return versionQueries.computeIfAbsent(slug, s -> new SharedQuery()).answer(() -> queryVersion(slug));
    }

    private int queryVersion(String slug) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(CURRENT_VERSION)) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the published agenda version of " + slug, e);
        }
    }

    /**
     * The snapshot of the given current version (from {@link #currentVersion}); 0 lets AgendaPublishing answer
     * (unknown conference, nothing published yet: its 404s).
     */
    public Snapshot snapshot(String slug, int current) {
        Snapshot cached = bySlug.get(slug);
        if (cached != null && cached.version() == current && current > 0) {
            return cached;
        }
        AgendaVersion version = publishing.published(slug);
        Snapshot loaded = new Snapshot(version.getVersion(), version.getContent().getBytes(StandardCharsets.UTF_8));
        // a newer version loaded by a concurrent read wins; an older one never replaces it
        bySlug.merge(slug, loaded, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
        return loaded;
    }

    /**
     * One query in flight and at most one queued behind it. A read that arrives while a query runs joins the
     * queued one, which starts only when the running one has finished, i.e. after the read arrived: its answer is
     * as fresh as a query of the read's own. Under load, dozens of reads share one query instead of each queuing
     * for a pooled connection.
     */
    static final class SharedQuery {

        private CompletableFuture<Integer> running;
        private CompletableFuture<Integer> queued;

        int answer(IntSupplier query) {
            CompletableFuture<Integer> mine;
            CompletableFuture<Integer> before = null;
            boolean asks = true;
            synchronized (this) {
                if (running == null) {
                    running = mine = new CompletableFuture<>();
                } else if (queued == null) {
                    queued = mine = new CompletableFuture<>();
                    before = running;
                } else {
                    mine = queued;
                    asks = false;
                }
            }
            if (!asks) {
                return mine.join();
            }
            if (before != null) {
                before.handle((value, failure) -> null).join();
                synchronized (this) {
                    running = mine;
                    queued = null;
                }
            }
            try {
                int value = query.getAsInt();
                mine.complete(value);
                return value;
            } catch (RuntimeException | Error e) {
                mine.completeExceptionally(e);
                throw e;
            } finally {
                synchronized (this) {
                    if (running == mine) {
                        running = null;
                    }
                }
            }
        }
    }
}
