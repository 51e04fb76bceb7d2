/** The public REST API, /api/v1, described by the OpenAPI document at /v3/api-docs. Thin: it maps and checks access. */
@org.springframework.modulith.ApplicationModule(displayName = "REST API",
        allowedDependencies = {"shared", "platform", "creditors", "ledger", "scheduling", "charges", "charges :: reference", "dunning", "dunning :: policy", "notification", "bookkeeping", "bookkeeping :: spi"})
package org.reskontro.api;
