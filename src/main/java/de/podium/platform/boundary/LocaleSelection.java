package de.podium.platform.boundary;

import java.util.Iterator;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.podium.platform.control.Texts;

/**
 * The page language: {@code ?lang=} (or the header switch) wins and is remembered in a cookie (not in a session:
 * switching the language must not make an anonymous visitor hold server memory); otherwise the browser's
 * Accept-Language; German by default.
 */
@Named
@RequestScoped
public class LocaleSelection {

    static final String COOKIE = "PODIUMLANG";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return "en".equals(getLanguage());
    }

    /** The language the switch in the header offers: the other one. */
    public String getOtherLanguage() {
        return isEnglish() ? "de" : "en";
    }

    /** The current page in the other language. */
    public String getSwitchUrl() {
        HttpServletRequest request = request();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        String path = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null
                ? (String) request.getAttribute("jakarta.servlet.forward.query_string") : request.getQueryString();
        StringBuilder url = new StringBuilder(path).append("?lang=").append(getOtherLanguage());
        if (query != null) {
            for (String part : query.split("&")) {
                if (!part.startsWith("lang=") && !part.isEmpty()) {
                    url.append('&').append(part);
                }
            }
        }
        return url.toString();
    }

    private Locale resolve() {
        HttpServletRequest request = request();
        String requested = request.getParameter("lang");
        if ("de".equals(requested) || "en".equals(requested)) {
            Locale chosen = Texts.fromTag(requested);
            remember(request, chosen.getLanguage());
            return chosen;
        }
        String remembered = remembered(request);
        if (remembered != null) {
            return Texts.fromTag(remembered);
        }
        if (request.getHeader("Accept-Language") == null) {
            return Texts.GERMAN;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        for (Iterator<Locale> it = external.getRequestLocales(); it.hasNext(); ) {
            Locale accepted = it.next();
            if ("de".equals(accepted.getLanguage()) || "en".equals(accepted.getLanguage())) {
                return Texts.supported(accepted);
            }
        }
        return Texts.GERMAN;
    }

    private static String remembered(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && ("de".equals(cookie.getValue()) || "en".equals(cookie.getValue()))) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    private static void remember(HttpServletRequest request, String language) {
        if (language.equals(remembered(request))) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        ((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse()).addCookie(cookie);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
