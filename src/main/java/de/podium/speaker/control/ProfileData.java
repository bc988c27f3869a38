package de.podium.speaker.control;

import jakarta.validation.constraints.Size;

import de.podium.platform.control.MultiLine;
import de.podium.platform.control.PersonData;

/** What a speaker keeps about themselves; bios are HTML with limited formatting. */
public class ProfileData extends PersonData {
    @Size(max = 8000)
    @MultiLine
    public String bioDe;
    @Size(max = 8000)
    @MultiLine
    public String bioEn;
    public String getBioDe() { return bioDe; }
    public void setBioDe(String bioDe) { this.bioDe = bioDe; }
    public String getBioEn() { return bioEn; }
    public void setBioEn(String bioEn) { this.bioEn = bioEn; }
}
