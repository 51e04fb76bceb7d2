package org.reskontro.simulator.poweroffice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The simulator's JSON: amounts as plain BigDecimal numbers, timestamps as .NET writes a DateTimeOffset in UTC. */
final class SimulatorJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Seven fractional digits (100 ns ticks), as in the contract's examples: 2021-09-30T08:03:00.1234567Z. */
    private static final DateTimeFormatter TICKS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private SimulatorJson() {
    }

    static String timestamp(Instant instant) {
        return instant == null ? null : TICKS.format(instant);
    }
}
