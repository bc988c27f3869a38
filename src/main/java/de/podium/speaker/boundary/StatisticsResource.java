package de.podium.speaker.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.platform.boundary.ApiApplication;
import de.podium.speaker.control.ConferenceStatistics;

/**
 * A conference's key figures for programs (API.md, Back office): statuses and categories by their codes, days as
 * ISO dates of the conference's time zone.
 */
@Tag(name = ApiApplication.EVENT)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@Path("conferences/{slug}/statistics")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class StatisticsResource {

    @Inject
    ConferenceStatistics statistics;

    @Operation(operationId = "getStatistics", summary = "Registrations by status, category and day; check-ins; "
            + "the conference's mail in the outbox; scheduled talks without slides")
    @APIResponse(responseCode = "200", description = "The figures as of now")
    @GET
    public StatisticsJson get(@PathParam("slug") String slug) {
        return StatisticsJson.of(statistics.of(slug));
    }

    public record StatisticsJson(Registrations registrations, Checkins checkins, Mail mail, Integer capacity,
                                 long slidesMissing, List<MissingTalk> talksWithoutSlides) {

        static StatisticsJson of(ConferenceStatistics.Figures figures) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            figures.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
            Map<String, Long> byCategory = new LinkedHashMap<>();
            Map<String, Integer> categoryCapacity = new LinkedHashMap<>();
            figures.byCategory().forEach(c -> {
                byCategory.put(c.category().getCode(), c.count());
                categoryCapacity.put(c.category().getCode(), c.category().getCapacity());
            });
            List<Day> perDay = figures.perDay().stream()
                    .map(d -> new Day(d.date().toString(), d.count(), d.cumulative())).toList();
            return new StatisticsJson(new Registrations(byStatus, byCategory, categoryCapacity, perDay),
                    new Checkins(figures.checkins().checkedIn(), figures.checkins().expected()),
                    new Mail(figures.mail().queued(), figures.mail().sent(), figures.mail().failed()),
                    figures.capacity(), figures.slidesMissing().size(),
                    figures.slidesMissing().stream().map(t -> new MissingTalk(t.talkId(), t.title())).toList());
        }
    }

    /** {@code categoryCapacity}: places per category code, null where the category has no limit of its own. */
    public record Registrations(Map<String, Long> byStatus, Map<String, Long> byCategory,
                                Map<String, Integer> categoryCapacity, List<Day> perDay) {
    }

    public record Day(String date, long count, long cumulative) {
    }

    public record Checkins(long checkedIn, long expected) {
    }

    public record Mail(long queued, long sent, long failed) {
    }

    public record MissingTalk(long id, String title) {
    }
}
