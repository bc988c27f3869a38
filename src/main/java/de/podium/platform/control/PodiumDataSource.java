package de.podium.platform.control;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's pooled data source; URL, user and password come from MicroProfile Config. The pool
 * is small on purpose: with 40 connections a registration rush on two cores ran 40 transactions at once, each
 * holding its row locks while waiting for the CPU; 16 let the same rush finish about a quarter faster.
 */
@Singleton
@DataSourceDefinition(
        name = PodiumDataSource.JNDI_NAME,
        className = "de.podium.platform.control.RoutingDataSource",
        url = "${MPCONFIG=podium.db.url}",
        user = "${MPCONFIG=podium.db.user}",
        password = "${MPCONFIG=podium.db.password}",
        minPoolSize = 2,
        maxPoolSize = 16,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.connection-creation-retry-attempts=0",
                "fish.payara.fail-all-connections=true"
        })
public class PodiumDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/podium";
}
