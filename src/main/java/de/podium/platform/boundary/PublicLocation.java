package de.podium.platform.boundary;

/**
 * Redirect targets on Podium's public address ({@code podium.base-url}) instead of the one the request named in its
 * Host header: a forged Host must not send anyone elsewhere, and behind a proxy the Host Podium sees is not the
 * one the browser used.
 */
final class PublicLocation {

    private PublicLocation() {
    }

    /**
     * @param location     what the application wants to send: a path, or an absolute URL
     * @param requestOrigin the origin the container derives from the request ({@code http://host:port})
     * @param contextPath  the application's context path ("" at the root)
     * @param base         {@code podium.base-url} without a trailing slash
     */
    static String of(String location, String requestOrigin, String contextPath, String base) {
        if (location == null || location.isEmpty()) {
            return location;
        }
        String path;
        if (location.startsWith("/") && !location.startsWith("//")) {
            path = location;
        } else if (startsWithOrigin(location, requestOrigin)) {
            path = location.substring(requestOrigin.length());
            if (!path.isEmpty() && !path.startsWith("/")) {
                return location;
            }
        } else {
            return location;
        }
        if (!contextPath.isEmpty() && (path.equals(contextPath) || path.startsWith(contextPath + "/"))) {
            path = path.substring(contextPath.length());
        }
        return base + (path.isEmpty() ? "/" : path);
    }

    private static boolean startsWithOrigin(String location, String origin) {
        return location.regionMatches(true, 0, origin, 0, origin.length())
                && (location.length() == origin.length() || "/?#".indexOf(location.charAt(origin.length())) >= 0);
    }
}
