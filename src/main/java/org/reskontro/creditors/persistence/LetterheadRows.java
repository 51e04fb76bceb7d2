package org.reskontro.creditors.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.reskontro.creditors.Letterhead;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** creditors.letterhead: address lines are stored newline-separated. */
@Repository
public class LetterheadRows {

    private final JdbcClient jdbc;

    public LetterheadRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Letterhead> find(CreditorId creditor) {
        return jdbc.sql("select * from creditors.letterhead where creditor_id = ?").param(creditor.value())
                .query((rs, n) -> new Letterhead(List.of(rs.getString("address").split("\n")), rs.getString("email"),
                        rs.getString("phone"), rs.getString("payment_account"), rs.getBytes("logo_png")))
                .optional();
    }

    public void save(CreditorId creditor, Letterhead letterhead, Instant at) {
        jdbc.sql("""
                insert into creditors.letterhead (creditor_id, address, email, phone, payment_account, logo_png, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id) do update set address = excluded.address, email = excluded.email,
                    phone = excluded.phone, payment_account = excluded.payment_account, logo_png = excluded.logo_png,
                    updated_at = excluded.updated_at""")
                .params(creditor.value(), String.join("\n", letterhead.address()), letterhead.email(),
                        letterhead.phone(), letterhead.paymentAccount(), letterhead.logoPng(),
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }
}
