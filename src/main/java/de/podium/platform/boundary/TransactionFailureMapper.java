package de.podium.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

import de.podium.platform.control.PodiumException;

/**
 * A {@code @Transactional} service whose transaction could not begin or commit throws TransactionalException.
 * Jersey's own mapper for it (jersey-cdi1x-transaction) only looks up a mapper for the very same type, finds
 * itself and rethrows, so the request ended in the container's HTML 500 page: e.g. a registration whose commit
 * met PostgreSQL shutting down. This mapper is preferred for that type (a higher priority than Jersey's at the
 * same distance) and answers like every other failure: a domain or HTTP error inside is mapped as such, a lost
 * database is a 503 with Retry-After, anything else a 500 with an incident id.
 */
@Provider
@Priority(1)
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    @Context
    HttpHeaders headers;

    @Context
    Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(TransactionalException failure) {
        int depth = 0;
        for (Throwable t = failure.getCause(); t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof WebApplicationException || t instanceof PodiumException) {
                ExceptionMapper mapper = providers.getExceptionMapper(t.getClass());
                if (mapper != null) {
                    return mapper.toResponse(t);
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UnexpectedErrorMapper.respond(failure, headers);
    }
}
