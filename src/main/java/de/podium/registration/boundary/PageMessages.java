package de.podium.registration.boundary;

import java.util.Locale;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import de.podium.platform.control.PodiumException;
import de.podium.platform.control.Texts;

/** Shows failures of control services next to the fields of a form, or at its top when no field is named. */
final class PageMessages {

    private PageMessages() {
    }

    static void show(RuntimeException failure, Locale locale, String formId, Set<String> fieldIds) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (failure instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
                add(faces, formId, fieldIds, v.getPropertyPath().toString(), v.getMessage());
            }
        } else if (failure instanceof PodiumException podium) {
            if (podium.fieldErrors().isEmpty()) {
                global(faces, FacesMessage.SEVERITY_ERROR, Texts.get(locale, podium.messageKey(), podium.args()));
            }
            podium.fieldErrors().forEach(f -> add(faces, formId, fieldIds, f.field(),
                    Texts.get(locale, f.messageKey(), f.args())));
        } else {
            throw failure;
        }
        faces.validationFailed();
    }

    static void global(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    private static void add(FacesContext faces, String formId, Set<String> fieldIds, String path, String text) {
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        String id = fieldIds.contains(field) ? field : fieldIds.contains(path.split("\\.")[0]) ? path.split("\\.")[0] : null;
        if (id == null) {
            global(faces, FacesMessage.SEVERITY_ERROR, text);
            return;
        }
        UIComponent form = faces.getViewRoot().findComponent(formId);
        UIComponent input = form == null ? null : form.findComponent(id);
        faces.addMessage(input == null ? null : input.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
