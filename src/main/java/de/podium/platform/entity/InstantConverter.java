package de.podium.platform.entity;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Moments are stored in TIMESTAMP WITH TIME ZONE columns; JPA 3.1 has no Instant mapping. The database side
 * is typed as {@link Timestamp} so that EclipseLink binds a null moment as a timestamp: with an untyped
 * column it bound NULL as VARCHAR, which PostgreSQL refuses for timestamptz columns (e.g. outbox sent_at).
 * Both drivers convert Timestamp to and from TIMESTAMP WITH TIME ZONE without losing the instant.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
