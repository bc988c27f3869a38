package de.podium.platform.boundary;

import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import de.podium.platform.control.Texts;
import de.podium.platform.control.TypedDateTimes;

/**
 * A date and time typed into a text field in the page's format (lenient: 9:00 as 09:00). A refusal names the
 * format with an example: the component's {@code example} attribute (a LocalDateTime of the conference) or none.
 */
@FacesConverter("typedDateTime")
public class TypedDateTimeConverter implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        Locale locale = locale(context);
        return TypedDateTimes.parse(typed).orElseThrow(() -> {
            String example = TypedDateTimes.format(locale,
                    component.getAttributes().get("example") instanceof LocalDateTime given ? given
                            : LocalDateTime.now().withHour(9).withMinute(0));
            String text = Texts.get(locale, "error.dateTime.typed", example);
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : TypedDateTimes.format(locale(context), value);
    }

    /** The page's language, which the layout's f:view takes from LocaleSelection. */
    private static Locale locale(FacesContext context) {
        return Texts.supported(context.getViewRoot() == null ? null : context.getViewRoot().getLocale());
    }
}
