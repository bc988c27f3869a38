package de.podium.platform.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.PreparedRead;
import de.podium.platform.control.PreparedReads;

/**
 * Serves the public agenda page (/conferences/{slug}/agenda) to visitors who are not signed in from a rendering
 * prepared once per change, language and filter, without JSF and without the database. The page is stateless (no
 * view state, no session), so one rendering fits every anonymous visitor; a signed-in visitor (whose header
 * differs), a request with a session, unknown parameters, a rendering that sets a cookie (the language switch) or
 * anything but 200 goes through JSF as before.
 * <p>
 * CSP: a rendering keeps its script nonce only as a placeholder; every response gets a fresh nonce in the page and
 * in its Content-Security-Policy, as a rendered page would. A nonce that every visitor shares would let markup
 * injected anywhere run as Podium's own script. For the same reason shared caches must not store the page
 * ({@code private, no-cache}); browsers revalidate it with its ETag, which is taken without the nonce and is weak.
 */
public class PreparedPageFilter extends HttpFilter {

    static final String PAGE_CACHE_CONTROL = "private, no-cache";
    private static final Pattern AGENDA = Pattern.compile("/conferences/([a-z0-9][a-z0-9-]{0,79})/agenda");
    private static final Set<String> PARAMETERS = Set.of("lang", "track", "room");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String NONCE_MARK = "\u0000nonce\u0000";
    private static final byte[] MARK = NONCE_MARK.getBytes(StandardCharsets.US_ASCII);
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(PreparedPageFilter::generator);
    /** Renderings kept per conference at most (languages × filters in links people follow). */
    private static final int MAX_VARIANTS = 64;

    @Inject
    PreparedReads prepared;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String slug = anonymousAgendaRead(request);
        if (slug == null) {
            chain.doFilter(request, response);
            return;
        }
        String variant = language(request) + "?" + (request.getQueryString() == null ? "" : request.getQueryString());
        PreparedRead page = prepared.kept(slug, PreparedReads.Kind.AGENDA_PAGE, variant);
        if (page != null) {
            serve(request, response, page);
            return;
        }
        long generation = prepared.generation(slug, PreparedReads.Kind.AGENDA_PAGE);
        RenderedPage rendering = new RenderedPage(response);
        chain.doFilter(request, rendering);
        byte[] body = rendering.body();
        String policy = response.getHeader(ContentSecurityPolicy.HEADER);
        if (rendering.cacheable() && request.getSession(false) == null
                && prepared.variants(slug, PreparedReads.Kind.AGENDA_PAGE) < MAX_VARIANTS) {
            prepared.keep(slug, PreparedReads.Kind.AGENDA_PAGE, variant,
                    template(body, policy, rendering.getContentType()), generation);
        }
        if (!rendering.passedThrough()) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /** The conference's slug when this is an anonymous GET of its agenda page with known parameters only. */
    static String anonymousAgendaRead(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null || request.getSession(false) != null) {
            return null;
        }
        Matcher agenda = AGENDA.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!agenda.matches()) {
            return null;
        }
        for (Enumeration<String> names = request.getParameterNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            if (!PARAMETERS.contains(name) || request.getParameterValues(name).length != 1) {
                return null;
            }
        }
        return agenda.group(1);
    }

    /** The page language as LocaleSelection chooses it: ?lang=, then its cookie, then Accept-Language, German. */
    static String language(HttpServletRequest request) {
        String requested = request.getParameter("lang");
        if ("de".equals(requested) || "en".equals(requested)) {
            return requested;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if ("PODIUMLANG".equals(cookie.getName()) && ("de".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return cookie.getValue();
                }
            }
        }
        if (request.getHeader("Accept-Language") == null) {
            return "de";
        }
        for (Enumeration<Locale> locales = request.getLocales(); locales.hasMoreElements(); ) {
            String language = locales.nextElement().getLanguage();
            if ("de".equals(language) || "en".equals(language)) {
                return language;
            }
        }
        return "de";
    }

    /** The rendering with its nonce replaced by marks, and where they stand (found once, not per visitor). */
    private static PreparedRead template(byte[] body, String policy, String mediaType) {
        Matcher nonce = NONCE.matcher(policy == null ? "" : policy);
        byte[] template = nonce.find()
                ? new String(body, StandardCharsets.UTF_8).replace(nonce.group(1), NONCE_MARK).getBytes(StandardCharsets.UTF_8)
                : body;
        return PreparedRead.template(template, mediaType, Instant.now(), marks(template));
    }

    private static void serve(HttpServletRequest request, HttpServletResponse response, PreparedRead page) throws IOException {
        if (Revalidation.unchangedAnswered(request, response, page, "W/\"" + page.etag() + "\"", PAGE_CACHE_CONTROL,
                "Accept-Language, Cookie")) {
            return;
        }
        byte[] template = page.body();
        int[] marks = page.marks();
        byte[] nonce = marks.length == 0 ? new byte[0] : nonce();
        if (marks.length > 0) {
            response.setHeader(ContentSecurityPolicy.HEADER,
                    ContentSecurityPolicy.withNonce(new String(nonce, StandardCharsets.US_ASCII)));
        }
        response.setContentType(page.mediaType());
        response.setContentLength(template.length + marks.length * (nonce.length - MARK.length));
        // the page is written around the nonce marks, byte by byte as prepared: no decoding per request
        OutputStream out = response.getOutputStream();
        int from = 0;
        for (int mark : marks) {
            out.write(template, from, mark - from);
            out.write(nonce);
            from = mark + MARK.length;
        }
        out.write(template, from, template.length - from);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the nonce marks stand in a prepared page. */
    static int[] marks(byte[] template) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i <= template.length - MARK.length; i++) {
            if (template[i] == 0 && Arrays.equals(template, i, i + MARK.length, MARK, 0, MARK.length)) {
                marks.add(i);
                i += MARK.length - 1;
            }
        }
        return marks.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A fresh nonce, base64 of 16 random bytes. Each request thread has its own DRBG generator: the JDK's
     * default (NativePRNG) serialises every caller on one lock.
     */
    private static byte[] nonce() {
        byte[] random = new byte[16];
        RANDOM.get().nextBytes(random);
        return Base64.getEncoder().encode(random);
    }
}
