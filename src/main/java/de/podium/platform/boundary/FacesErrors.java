package de.podium.platform.boundary;

import java.util.List;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;

import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/**
 * Shows a failure of a control service on a page: one summary at the top and each field's message next to
 * its input. Field names as the services report them ({@code categories[1].code}) become client ids
 * ({@code form:categories:1:code}) when the inputs carry the same ids inside the form.
 */
public final class FacesErrors {

    private FacesErrors() {
    }

    /** Shows failures users cause (PodiumException, Bean Validation); anything else is rethrown. */
    public static void show(String formId, RuntimeException failure, Locale locale) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<ErrorBody.Field> fields;
        String summary;
        if (failure instanceof PodiumException podium) {
            fields = podium.fieldErrors().stream()
                    .map(f -> new ErrorBody.Field(f.field(), Texts.get(locale, f.messageKey(), f.args()))).toList();
            summary = Texts.get(locale, podium.messageKey(), podium.args());
        } else if (failure instanceof ConstraintViolationException violations) {
            fields = ConstraintViolationMapper.fields(violations, locale);
            summary = Texts.get(locale, "error.validation");
        } else {
            throw failure;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        for (ErrorBody.Field field : fields) {
            String clientId = clientId(formId, field.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, field.message(), null));
            markInvalid(faces, clientId);
        }
        faces.validationFailed();
    }

    /** So that the field says aria-invalid="true" for an error found by a service, not only by JSF's validators. */
    private static void markInvalid(FacesContext faces, String clientId) {
        if (faces.getViewRoot().findComponent(clientId) instanceof EditableValueHolder input) {
            input.setValid(false);
        }
    }

    static String clientId(String formId, String field) {
        return formId + ":" + field.replaceAll("\\[(\\d+)]\\.?", ":$1:").replaceAll(":$", "").replace('.', ':');
    }

    /** Ends the request with an HTTP error page, e.g. 404 for an unknown conference or 403 for a foreign one. */
    public static void sendError(int status) throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(status, "");
        faces.responseComplete();
    }

    /** A page's loading step that may find the conference missing (404) or someone else's (403). */
    @FunctionalInterface
    public interface PageLoad {
        void run() throws java.io.IOException;
    }

    /** Runs the page's loading step; an unknown conference ends the request with 404, someone else's or no sign-in with 403. */
    public static void loadOrSendError(PageLoad load) throws java.io.IOException {
        try {
            load.run();
        } catch (PodiumException.NotFound e) {
            sendError(404);
        } catch (PodiumException.Forbidden | PodiumException.NotSignedIn e) {
            sendError(403);
        }
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }
}
