package org.reskontro.bookkeeping.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.reskontro.bookkeeping.BookkeepingSettings;
import org.reskontro.bookkeeping.spi.BookingMode;
import org.reskontro.shared.CreditorId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each creditor's bookkeeping settings; a creditor without a row uses its system's defaults. */
@Repository
public class SettingsRows {

    private final JdbcClient jdbc;

    SettingsRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BookkeepingSettings> find(CreditorId creditor) {
        return jdbc.sql("""
                select mode, fee_account, interest_account, deposit_account, payment_days, fee_text, interest_text,
                       notes_email from bookkeeping.settings where creditor_id = ?""")
                .param(creditor.value())
                .query((rs, n) -> new BookkeepingSettings(BookingMode.valueOf(rs.getString("mode")),
                        rs.getString("fee_account"), rs.getString("interest_account"), rs.getString("deposit_account"),
                        rs.getInt("payment_days"), rs.getString("fee_text"), rs.getString("interest_text"),
                        rs.getString("notes_email")))
                .optional();
    }

    public void save(CreditorId creditor, BookkeepingSettings s, String by, Instant now) {
        jdbc.sql("""
                insert into bookkeeping.settings (creditor_id, mode, fee_account, interest_account, deposit_account,
                    payment_days, fee_text, interest_text, notes_email, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (creditor_id) do update set mode = excluded.mode, fee_account = excluded.fee_account,
                    interest_account = excluded.interest_account, deposit_account = excluded.deposit_account,
                    payment_days = excluded.payment_days, fee_text = excluded.fee_text,
                    interest_text = excluded.interest_text, notes_email = excluded.notes_email,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(creditor.value(), s.mode().name(), s.feeAccount(), s.interestAccount(), s.depositAccount(),
                        s.paymentDays(), s.feeText(), s.interestText(), s.notesEmail(), by,
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
    }
}
