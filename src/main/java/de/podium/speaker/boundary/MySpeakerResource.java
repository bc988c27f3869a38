package de.podium.speaker.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.podium.agenda.control.AgendaData;
import de.podium.platform.control.PodiumException;
import de.podium.platform.control.UploadedImages;
import de.podium.speaker.control.ProfileData;
import de.podium.speaker.control.SpeakerProfiles;
import de.podium.agenda.entity.Speaker;
import de.podium.platform.boundary.ApiApplication;

/** The signed-in speaker's own profile, photo and availability in one conference. */
@Tag(name = ApiApplication.SPEAKER)
@SecurityRequirement(name = ApiApplication.BASIC_AUTH)
@jakarta.ws.rs.Path("conferences/{slug}/speakers/me")
@Produces(MediaType.APPLICATION_JSON)
public class MySpeakerResource {

    @Inject
    SpeakerProfiles profiles;

    @Operation(operationId = "getOwnSpeakerProfile")
    @GET
    public ProfileData profile(@PathParam("slug") String slug) {
        return json(profiles.mine(slug));
    }

    @Operation(operationId = "updateOwnSpeakerProfile")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProfileData update(@PathParam("slug") String slug, ProfileData data) {
        return json(profiles.update(slug, data));
    }

    @Operation(operationId = "uploadOwnSpeakerPhoto")
    @PUT
    @jakarta.ws.rs.Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Map<String, Object> photo(@PathParam("slug") String slug, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw new PodiumException.Invalid("file", "error.slides.missing");
        }
        try (InputStream content = file.getContent()) {
            UploadedImages.Photo photo = profiles.setPhoto(slug, content);
            return Map.of("contentType", photo.contentType(), "width", photo.width(), "height", photo.height());
        }
    }

    @Operation(operationId = "setOwnAvailability")
    @PUT
    @jakarta.ws.rs.Path("availability")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> availability(@PathParam("slug") String slug, List<AgendaData.WindowData> windows) {
        return Map.of("windows", profiles.setAvailability(slug, windows).size());
    }

    static ProfileData json(Speaker speaker) {
        ProfileData data = new ProfileData();
        data.salutation = speaker.getSalutation().name();
        data.title = speaker.getTitle();
        data.firstName = speaker.getFirstName();
        data.lastName = speaker.getLastName();
        data.office = speaker.getOffice();
        data.organisation = speaker.getOrganisation();
        data.bioDe = speaker.getBioDe();
        data.bioEn = speaker.getBioEn();
        data.publicProfile = speaker.isPublicProfile();
        return data;
    }
}
