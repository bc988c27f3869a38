package de.podium.platform.boundary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Podium's one Content-Security-Policy. Scripts come from Podium itself; inline scripts only with the nonce that
 * PrimeFaces ({@code primefaces.CSP=true}) generates per page and puts on every script it writes, including
 * the handlers it moves out of {@code onclick} attributes. No {@code 'unsafe-inline'} and no {@code 'unsafe-eval'}
 * for scripts. Styles keep {@code 'unsafe-inline'}: PrimeFaces components position themselves with style
 * attributes.
 */
final class ContentSecurityPolicy {

    static final String HEADER = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");

    private ContentSecurityPolicy() {
    }

    /** The policy for responses without inline scripts (feeds, files, JSON, error pages rendered without JSF). */
    static String strict() {
        return withScripts("'self'");
    }

    /** The policy for a page whose inline scripts carry the given nonce. */
    static String withNonce(String nonce) {
        return withScripts("'self' 'nonce-" + nonce + "'");
    }

    /**
     * The policy for a response for which PrimeFaces announced its own policy: Podium's, with the nonce taken from
     * PrimeFaces' header, so that one header says everything.
     */
    static String mergedWith(String primeFacesPolicy) {
        Matcher nonce = NONCE.matcher(primeFacesPolicy == null ? "" : primeFacesPolicy);
        return nonce.find() ? withNonce(nonce.group(1)) : strict();
    }

    private static String withScripts(String scriptSources) {
        return "default-src 'self'; script-src " + scriptSources + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
