package de.podium.platform.boundary;

import java.lang.reflect.Field;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspState;

/**
 * Gives PrimeFaces' CSP support its nonce before PrimeFaces makes one itself. PrimeFaces would keep the nonce in the
 * view map, which creates a session on public pages that must have none, and would refuse every postback that does
 * not send the nonce back (forms posted without script, error pages rendered for a post). Here a page gets a fresh
 * nonce; a postback keeps the nonce its page's script sends ({@code primefaces.nonce}), so that scripts of Ajax
 * updates carry the nonce of the page's policy. Taking it from the postback is safe because a postback needs the
 * page's server-side view state: no other site can make a browser post one.
 */
public class PrimeFacesNonce implements PhaseListener {

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9+/=_-]{16,128}");
    private static final Field NONCE = nonceField();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** After restoring the view: only then has JSF set the request's character encoding for reading parameters. */
    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        CspState state = PrimeFacesContext.getCspState(faces);
        if (NONCE == null || state == null) {
            return;
        }
        String offered = faces.getExternalContext().getRequestParameterMap().get("primefaces.nonce");
        String nonce = offered != null && SANE.matcher(offered).matches() ? offered
                : Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            if (NONCE.get(state) == null) {
                NONCE.set(state, nonce);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("PrimeFaces' CSP state changed", e);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing
    }

    private static Field nonceField() {
        try {
            Field field = CspState.class.getDeclaredField("nonce");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new IllegalStateException("PrimeFaces' CSP state has no nonce field: update PrimeFacesNonce", e);
        }
    }
}
