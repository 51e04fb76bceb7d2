package org.reskontro.simulator.dinero;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's JSON: amounts are BigDecimal both ways and written as plain JSON numbers (100.00, never 1E+2). */
final class SimulatorJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private SimulatorJson() {
    }
}
