package de.podium.platform.boundary;

import java.nio.file.Path;

import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.ConfigProvider;
import org.glassfish.jersey.media.multipart.MultiPartProperties;

import de.podium.platform.control.UploadTempFiles;

/**
 * Multipart uploads to the API (slides, photos) are buffered by Jersey; parts over its memory threshold go to
 * temp files, which without this land in the system temp directory and stay there when the process is killed.
 */
@Provider
public class MultipartTempDirectory implements ContextResolver<MultiPartProperties> {

    private final String directory = UploadTempFiles.directory(Path.of(ConfigProvider.getConfig()
            .getOptionalValue("podium.data.dir", String.class).orElse("./data"))).toString();

    @Override
    public MultiPartProperties getContext(Class<?> type) {
        return new MultiPartProperties().tempDir(directory);
    }
}
