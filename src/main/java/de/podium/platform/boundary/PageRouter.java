package de.podium.platform.boundary;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Maps the public URLs of API.md ("/conferences/{slug}", "/login", …) to the views and resources that
 * serve them. The browser keeps the pretty URL; {@link PrettyUrlViewHandler} makes forms post back to it. Mapped in
 * web.xml after the filters that must see every request (it forwards without continuing the chain).
 */
public class PageRouter extends HttpFilter {

    private static final String SLUG = "([a-z0-9][a-z0-9-]{0,79})";
    /** Manage tokens of registrations: URL-safe Base64, the first group like a slug. */
    private static final String TOKEN = "([A-Za-z0-9_-]{20,64})";

    private static final List<Route> ROUTES = List.of(
            new Route("/conferences/" + SLUG, "/pages/conference.xhtml"),
            new Route("/conferences/" + SLUG + "/press", "/pages/press.xhtml"),
            new Route("/conferences/" + SLUG + "/agenda", "/pages/agenda.xhtml"),
            new Route("/conferences/" + SLUG + "/agenda\\.ics", "/api/conferences/{slug}/published/agenda.ics"),
            new Route("/conferences/" + SLUG + "/schedule\\.xml", "/api/conferences/{slug}/published/schedule.xml"),
            new Route("/conferences/" + SLUG + "/schedule\\.json", "/api/conferences/{slug}/published/schedule.json"),
            new Route("/conferences/" + SLUG + "/talks/([0-9]{1,18})", "/pages/talk.xhtml?slug={slug}&id={id}"),
            new Route("/conferences/" + SLUG + "/speakers", "/pages/speakers.xhtml"),
            new Route("/conferences/" + SLUG + "/speakers/([0-9]{1,18})", "/pages/speaker-public.xhtml?slug={slug}&id={id}"),
            new Route("/conferences/([a-z0-9][a-z0-9-]{0,79}/speakers/[0-9]{1,18})/photo",
                    "/api/public/conferences/{slug}/photo"),
            new Route("/organizer/conferences/" + SLUG + "/agenda", "/pages/organizer/agenda.xhtml"),
            new Route("/conferences/" + SLUG + "/press\\.atom", "/api/conferences/{slug}/press.atom"),
            new Route("/conferences/" + SLUG + "/logo", "/api/conferences/{slug}/logo"),
            new Route("/login", "/pages/login.xhtml"),
            new Route("/password-reset", "/pages/password-reset.xhtml"),
            new Route("/conferences/([a-z0-9][a-z0-9-]{0,79}/talks/[0-9]{1,18})/slides",
                    "/api/public/conferences/{slug}/slides"),
            new Route("/speaker/?", "/pages/speaker/index.xhtml"),
            new Route("/speaker/conferences/" + SLUG + "/profile", "/pages/speaker/profile.xhtml"),
            new Route("/speaker/conferences/" + SLUG + "/slides", "/pages/speaker/slides.xhtml"),
            new Route("/speaker/invitation/" + TOKEN, "/pages/speaker/invitation.xhtml?token={slug}"),
            new Route("/organizer/conferences/" + SLUG + "/slides", "/pages/organizer/slides.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/talks", "/pages/organizer/talks.xhtml"),
            new Route("/privacy", "/pages/privacy.xhtml"),
            // browsers ask for /favicon.ico whatever the page links: they get the same SVG mark
            new Route("/favicon\\.ico", "/resources/favicon.svg"),
            new Route("/organizer/conferences/" + SLUG + "/documents", "/pages/organizer/documents.xhtml"),
            new Route("/logout", "/pages/logout.xhtml"),
            new Route("/organizer/?", "/pages/organizer/index.xhtml"),
            new Route("/organizer/conferences/new", "/pages/organizer/conference-edit.xhtml"),
            new Route("/organizer/conferences/" + SLUG, "/pages/organizer/conference-edit.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/press", "/pages/organizer/press.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/questions", "/pages/organizer/questions.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/mail", "/pages/organizer/mail.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/outbox", "/pages/organizer/outbox.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/mail-texts", "/pages/organizer/mail-texts.xhtml"),
            new Route("/mail/unsubscribe", "/api/mail/unsubscribe"),
            new Route("/conferences/" + SLUG + "/register", "/pages/registration/register.xhtml"),
            new Route("/registrations/confirm", "/pages/registration/confirm.xhtml"),
            new Route("/registrations/self/" + TOKEN, "/pages/registration/self.xhtml?token={slug}"),
            new Route("/organizer/conferences/" + SLUG + "/registrations", "/pages/organizer/registrations.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/checkin", "/pages/organizer/checkin.xhtml"),
            new Route("/organizer/conferences/" + SLUG + "/dashboard", "/pages/organizer/dashboard.xhtml"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/jakarta.faces.resource/")) {
            // no pretty URL lives there: the API and the page resources skip the 41 patterns
            chain.doFilter(request, response);
            return;
        }
        for (Route route : ROUTES) {
            String target = route.target(path);
            if (target != null) {
                request.getRequestDispatcher(target).forward(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private record Route(Pattern pattern, String view) {

        Route(String regex, String view) {
            this(Pattern.compile(regex), view);
        }

        String target(String path) {
            Matcher matcher = pattern.matcher(path);
            if (!matcher.matches()) {
                return null;
            }
            if (matcher.groupCount() == 0) {
                return view;
            }
            String slug = matcher.group(1);
            if (view.contains("{slug}")) {
                return view.replace("{slug}", slug).replace("{id}", matcher.groupCount() > 1 ? matcher.group(2) : "");
            }
            return view + "?slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8);
        }
    }
}
