package de.podium.platform.boundary;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B for the API. By default an integer field silently keeps the low 32 bits of a larger number
 * (a capacity of 99999999999 became 1215752191); here a number that does not fit, or has a fraction, makes
 * the body unreadable (400) instead of storing something the client never sent.
 */
@Provider
public class StrictJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new ExactInteger()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                JsonValue value = parser.getValue();
                if (value.getValueType() == JsonValue.ValueType.NULL) {
                    return null;
                }
                BigDecimal number = value instanceof JsonString text ? new BigDecimal(text.getString())
                        : ((JsonNumber) value).bigDecimalValue();
                return number.intValueExact();
            } catch (ArithmeticException | ClassCastException | NumberFormatException e) {
                throw new JsonbException("not an integer in range: " + e.getMessage(), e);
            }
        }
    }
}
