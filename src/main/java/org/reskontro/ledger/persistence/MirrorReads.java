package org.reskontro.ledger.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reskontro.shared.DocumentKind;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What a sync needs to know of the mirror before it decides what changed. */
@Repository
public class MirrorReads {

    private final JdbcClient jdbc;

    MirrorReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> customerVersions(CreditorId creditor) {
        Map<String, String> versions = new HashMap<>();
        jdbc.sql("select external_id, coalesce(erp_version, '') from ledger.customer where creditor_id = ?")
                .param(creditor.value())
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getString(2));
                });
        return versions;
    }

    public Map<String, KnownDocument> documents(CreditorId creditor) {
        Map<String, KnownDocument> documents = new HashMap<>();
        jdbc.sql("""
                select d.external_id, d.id, d.kind, o.revision, o.erp_version
                from ledger.document d join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                where d.creditor_id = ?""")
                .param(creditor.value())
                .query(rs -> {
                    documents.put(rs.getString(1), new KnownDocument(rs.getObject(2, UUID.class),
                            DocumentKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5)));
                });
        return documents;
    }

    /** The mirrored version of each of these documents that the mirror knows. */
    public Map<String, String> versions(CreditorId creditor, Collection<String> externalIds) {
        Map<String, String> versions = new HashMap<>();
        if (externalIds.isEmpty()) {
            return versions;
        }
        jdbc.sql("""
                select d.external_id, o.erp_version from ledger.document d
                join ledger.open_item o on o.creditor_id = d.creditor_id and o.document_id = d.id
                where d.creditor_id = ? and d.external_id = any(?)""")
                .params(creditor.value(), externalIds.toArray(String[]::new))
                .query(rs -> {
                    versions.put(rs.getString(1), rs.getString(2));
                });
        return versions;
    }

    /** Payments still in force (not reversed) on the given documents. */
    public List<KnownPayment> livePayments(CreditorId creditor, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.id, p.document_id, p.external_id, p.amount from ledger.payment p
                where p.creditor_id = ? and p.document_id = any(?::uuid[]) and p.reverses is null
                  and not exists (select 1 from ledger.payment r where r.creditor_id = p.creditor_id and r.reverses = p.id)""")
                .params(creditor.value(), documentIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, n) -> new KnownPayment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getBigDecimal(4)))
                .list();
    }
}
