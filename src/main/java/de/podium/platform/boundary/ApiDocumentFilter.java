package de.podium.platform.boundary;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns what MicroProfile OpenAPI generates from the resources into a valid OpenAPI 3 document (registered as
 * {@code mp.openapi.filter}): one server, the public address {@code podium.base-url}; path templates without JAX-RS
 * regexes; unique operationIds; a 2xx and the error responses of API.md on every operation. Payara's
 * non-standard top-level {@code endpoints} key is dropped.
 */
public class ApiDocumentFilter implements OASFilter {

    static final String BASE_URL_KEY = "podium.base-url";

    @Override
    public void filterOpenAPI(OpenAPI document) {
        dropPayaraEndpoints(document);
        document.setServers(List.of(OASFactory.createServer().url(baseUrl()).description("Podium")));
        ApiOperations.plainPathTemplates(document);
        ApiOperations.uniqueOperationIds(document);
        ApiResponsesRule.complete(document);
        ApiOperations.multipartUploads(document);
        distinctTags(document);
    }

    /**
     * Payara copies the defaults of every {@code @Schema} annotation into the model ({@code maxProperties: 0},
     * {@code minLength: 0}, {@code nullable: false}, …); {@code maxProperties: 0} would forbid every property, the
     * others say nothing: all are dropped.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        // a list of anything (List<?>/List<Object>, e.g. the GDPR export's personal agenda) comes without items,
        // which OpenAPI 3.0 requires for every array: any value
        if (schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() == null) {
            schema.setItems(OASFactory.createSchema());
        }
        return schema;
    }

    /**
     * Each resource's {@code @Tag} adds its tag to the document's list again; the list keeps each name once, with
     * the description from {@link ApiApplication}.
     */
    static void distinctTags(OpenAPI document) {
        if (document.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : document.getTags()) {
            byName.merge(tag.getName(), tag, (kept, other) -> kept.getDescription() != null ? kept : other);
        }
        document.setTags(new ArrayList<>(byName.values()));
    }

    /** The public address without a trailing slash, read like {@code platform.control.Links} reads it. */
    private String baseUrl() {
        String url = ConfigProvider.getConfig(getClass().getClassLoader()).getValue(BASE_URL_KEY, String.class);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Payara 6 adds a map of the application's paths as a top-level {@code endpoints} key, which the OpenAPI schema
     * does not allow. No setting turns it off; the model object exposes it as {@code getEndpoints()} and an empty map
     * is not written. On other runtimes there is nothing to drop.
     */
    static void dropPayaraEndpoints(OpenAPI document) {
        try {
            Method getter = document.getClass().getMethod("getEndpoints");
            if (getter.invoke(document) instanceof Map<?, ?> endpoints) {
                endpoints.clear();
            }
        } catch (NoSuchMethodException e) {
            // not Payara's model: no endpoints key
        } catch (ReflectiveOperationException | UnsupportedOperationException e) {
            throw new IllegalStateException("Could not drop Payara's endpoints key from the OpenAPI document", e);
        }
    }
}
