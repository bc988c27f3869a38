package de.podium.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Failures a client causes inside JSF are answered as client errors, with the friendly page and without a stack
 * trace in the log: a view state the server does not know (expired, foreign or made up) gets 400 and the
 * "session expired" page; a form upload over the multipart limit gets 413 and the "file too large" page. An Ajax
 * request whose view is gone is sent to the page again (a partial response cannot show an error page).
 */
public class ClientErrorExceptionHandler extends ExceptionHandlerWrapper {

    public ClientErrorExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            int status = status(failure);
            if (status != 0 && !faces.getResponseComplete()) {
                events.remove();
                answer(faces, status);
            }
        }
        getWrapped().handle();
    }

    /** 400 for an unknown view state, 413 for a too large upload, 0 for anything else. */
    static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || isUnrestorableView(t)) {
                return 400;
            }
            if (isSizeLimit(t)) {
                return 413;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return 0;
    }

    /**
     * A posted view state the page cannot use, e.g. Mojarra's "stateless" marker sent to a page that keeps state:
     * Mojarra says "Unable to restore view …" instead of throwing ViewExpiredException.
     */
    private static boolean isUnrestorableView(Throwable t) {
        return t instanceof jakarta.faces.FacesException && t.getMessage() != null
                && t.getMessage().startsWith("Unable to restore view");
    }

    /** The container's multipart size exception (Catalina's SizeException, or its message naming the limit). */
    private static boolean isSizeLimit(Throwable t) {
        String type = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage();
        return type.endsWith(".SizeException") || type.endsWith("SizeLimitExceededException")
                || (t instanceof IllegalStateException && message.contains("exceeds its maximum"));
    }

    private static void answer(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (status == 400 && faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(pageAddress((HttpServletRequest) external.getRequest()));
            } else {
                external.responseReset();
                external.responseSendError(status, "");
            }
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException e) {
            throw new FacesException("response already committed", e);
        }
    }

    /** The address the browser used: the pretty URL when the page router forwarded the request. */
    private static String pageAddress(HttpServletRequest request) {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return forwarded != null ? forwarded.toString() : request.getRequestURI();
    }

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ClientErrorExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
