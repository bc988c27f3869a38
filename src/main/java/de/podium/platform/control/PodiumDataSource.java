package de.podium.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's pooled data source; URL, user and password come from MicroProfile Config. The pool
 * is small on purpose: with 40 connections a registration rush on two cores ran 40 transactions at once, each
 * holding its row locks while waiting for the CPU. It holds more connections than Payara has HTTP workers (16,
 * config/payara-preboot.asadmin) so that requests never queue for a connection: when they did, Payara's pool closed
 * free connections and opened new ones under its lock in the middle of the rush.
 */
@Singleton
@DataSourceDefinition(
        name = PodiumDataSource.JNDI_NAME,
        className = "de.podium.platform.control.RoutingDataSource",
        url = "${MPCONFIG=podium.db.url}",
        user = "${MPCONFIG=podium.db.user}",
        password = "${MPCONFIG=podium.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.fail-all-connections=true"
        })
public class PodiumDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/podium";
}
