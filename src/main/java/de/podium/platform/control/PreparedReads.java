package de.podium.platform.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The public reads of each conference (conference JSON, published agenda and its exports, press feed, agenda page)
 * as prepared bytes in this node's memory: the first read prepares them, later reads are served without the
 * database until {@link #drop} forgets them (a committed change here or on another node).
 * <p>
 * A read that was prepared while a change was committed could hold the state before it; every drop therefore
 * counts a generation per conference first, and a preparation that saw the generation move is not kept.
 */
@ApplicationScoped
public class PreparedReads {

    public enum Kind {
        CONFERENCE_JSON(true), AGENDA_JSON(false), AGENDA_ICS(false), FRAB_XML(false), FRAB_JSON(false),
        PRESS_ATOM(false), AGENDA_PAGE(false);

        final boolean showsPlaces;

        Kind(boolean showsPlaces) {
            this.showsPlaces = showsPlaces;
        }
    }

    private record Key(String slug, Kind kind, String variant) {
    }

    private final Map<Key, PreparedRead> reads = new ConcurrentHashMap<>();

    /**
     * Generations per conference: "slug" counts drops of everything, "slug places" every drop (each drop makes
     * what shows the places stale); the overall one counts {@link #dropAll}. All only grow.
     */
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    private final AtomicLong overall = new AtomicLong();

    /**
     * The prepared read, prepared now if this node has none. A failing preparation (unknown conference, nothing
     * published: a 404) is not kept.
     *
     * @param variant what else the bytes depend on (the language), "" if nothing
     */
    public PreparedRead get(String slug, Kind kind, String variant, Supplier<PreparedRead> prepare) {
        PreparedRead kept = kept(slug, kind, variant);
        if (kept != null) {
            return kept;
        }
        long before = generation(slug, kind);
        PreparedRead prepared = prepare.get();
        keep(slug, kind, variant, prepared, before);
        return prepared;
    }

    /**
     * Keeps a read prepared by the caller, unless something was dropped for it since the caller took
     * {@link #generation} before preparing it.
     */
    public void keep(String slug, Kind kind, String variant, PreparedRead prepared, long generationBefore) {
        Key key = new Key(slug, kind, variant);
        reads.put(key, prepared);
        if (generation(slug, kind) != generationBefore) {
            reads.remove(key, prepared);
        }
    }

    /** The prepared read if this node holds one, else null (for callers that prepare it in their own way). */
    public PreparedRead kept(String slug, Kind kind, String variant) {
        return reads.get(new Key(slug, kind, variant));
    }

    /** How many variants of a kind this node holds for a conference (callers with open-ended variants cap them). */
    public long variants(String slug, Kind kind) {
        return reads.keySet().stream().filter(key -> key.slug().equals(slug) && key.kind() == kind).count();
    }

    /** Forgets what the change makes stale, on this node. */
    public void drop(PublicContentChanged change) {
        boolean everything = change.scope() == PublicContentChanged.Scope.CONTENT;
        generations.computeIfAbsent(change.slug() + " places", s -> new AtomicLong()).incrementAndGet();
        if (everything) {
            generations.computeIfAbsent(change.slug(), s -> new AtomicLong()).incrementAndGet();
        }
        reads.keySet().removeIf(key -> key.slug().equals(change.slug()) && (everything || key.kind().showsPlaces));
    }

    /** Forgets everything (a node joined or left the cluster: it may have missed changes). */
    public void dropAll() {
        overall.incrementAndGet();
        reads.clear();
    }

    /** How many reads this node holds (the metrics and tests watch it). */
    public int size() {
        return reads.size();
    }

    /** Taken before preparing a read, so that {@link #keep} can tell whether a change overtook the preparation. */
    public long generation(String slug, Kind kind) {
        return overall.get() + value(kind.showsPlaces ? slug + " places" : slug);
    }

    private long value(String name) {
        AtomicLong generation = generations.get(name);
        return generation == null ? 0 : generation.get();
    }
}
