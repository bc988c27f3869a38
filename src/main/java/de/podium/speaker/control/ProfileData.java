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
    /** Bio and photo may appear on the public speaker pages; missing leaves the choice as it is. */
    public Boolean publicProfile;
    public String getBioDe() { return bioDe; }
    public void setBioDe(String bioDe) { this.bioDe = bioDe; }
    public boolean isPublicProfile() { return Boolean.TRUE.equals(publicProfile); }
    public void setPublicProfile(boolean publicProfile) { this.publicProfile = publicProfile; }
    public String getBioEn() { return bioEn; }
    public void setBioEn(String bioEn) { this.bioEn = bioEn; }
}
