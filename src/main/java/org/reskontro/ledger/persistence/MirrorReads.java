package org.reskontro.ledger.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the change feed needs to know of the mirror to tell news from what it holds already. */
@Repository
public class MirrorReads {

    private final JdbcClient jdbc;

    MirrorReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The mirrored version of each of these documents that the mirror knows. */
    /** What the mirror holds of a document: the accounting system's version and status when last read. */
    public record Seen(String version, String status) {
    }

    public Map<String, Seen> versions(CreditorId creditor, Collection<String> externalIds) {
        Map<String, Seen> versions = new HashMap<>();
        if (externalIds.isEmpty()) {
            return versions;
        }
        jdbc.sql("""
                select d.external_id, o.erp_version, o.erp_status from ledger.document d
                join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                where d.creditor_id = ? and d.external_id = any(?)""")
                .params(creditor.value(), externalIds.toArray(String[]::new))
                .query(rs -> {
                    versions.put(rs.getString(1), new Seen(rs.getString(2), rs.getString(3)));
                });
        return versions;
    }
}
