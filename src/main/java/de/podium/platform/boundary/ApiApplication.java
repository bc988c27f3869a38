package de.podium.platform.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The HTTP API of API.md lives under /api. */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "Podium API", version = "1",
        description = "Conferences, registration, agenda, speakers and documents of Podium"))
public class ApiApplication extends Application {
}
