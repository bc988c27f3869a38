package de.podium.platform.control;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body that may span several lines (an abstract, a press release, a bio): it keeps
 * TAB, CR and LF. Every other text field is a single line and refuses all control characters (see
 * {@link ControlCharacters}); the API's body check reads this mark.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface MultiLine {
}
