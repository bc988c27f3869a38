package de.podium.event.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;

/** A press release as an organizer writes it. */
public class PressReleaseData {
    @NotBlank
    @Size(max = 300)
    public String title;
    @NotBlank
    @Size(max = 50000)
    @MultiLine
    public String body;
    @Size(max = 300)
    public String source;
    @Pattern(regexp = "de|en")
    public String language;
    public boolean publish;
}
