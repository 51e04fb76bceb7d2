package org.reskontro.scheduling.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How far the dispatcher has looked for each creditor: its slots up to that instant are dealt with. */
@Repository
public class DispatchCursors {

    private final JdbcClient jdbc;

    DispatchCursors(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<CreditorId, Instant> all() {
        return jdbc.sql("select creditor_id, dispatched_through from scheduling.dispatch_cursor")
                .query((rs, n) -> Map.entry(new CreditorId(rs.getObject(1, UUID.class)), rs.getTimestamp(2).toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** One statement for all creditors; never moves a cursor back, so a node whose clock lags does no harm. */
    public void advance(Collection<CreditorId> creditors, Instant through) {
        if (creditors.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into scheduling.dispatch_cursor (creditor_id, dispatched_through)
                select cast(id as uuid), ? from unnest(string_to_array(?, ',')) as id
                on conflict (creditor_id) do update
                    set dispatched_through = greatest(dispatch_cursor.dispatched_through, excluded.dispatched_through)""")
                .params(Timestamp.from(through), creditors.stream().map(CreditorId::toString).distinct().collect(Collectors.joining(",")))
                .update();
    }
}
