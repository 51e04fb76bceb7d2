package org.reskontro.simulator.dinero;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JsonGenerator;

/**
 * Writes general-ledger entries as a JSON array of EntryReadModel, the accounts' Primo entries first, with a streaming
 * generator (a large organisation's period holds millions of entries); GET …/entries and GET …/entries/changes share
 * it, so both speak exactly the same model.
 */
final class EntryJson {

    private EntryJson() {
    }

    static byte[] write(OrganisationBooks books, AccountingYears.Year year, Map<Integer, BigDecimal> opening,
            List<LedgerEntries.Entry> entries) {
        // an entry takes some 390 bytes; sizing the buffer for 400 spares copying a large answer while it grows
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, entries.size() * 400));
        try (JsonGenerator json = SimulatorJson.MAPPER.createGenerator(bytes)) {
            json.writeStartArray();
            opening.forEach((number, amount) -> {
                SimulatedChart.Account account = SimulatedChart.ACCOUNTS.stream()
                        .filter(a -> a.number() == number).findFirst().orElseThrow();
                write(json, account, year.from(), null, null, null, "Primo", amount, primoGuid(books, number, year),
                        null, null, "Primo");
            });
            for (LedgerEntries.Entry e : entries) {
                write(json, e.account(), e.date(), e.voucherNumber(), e.voucherGuid(), e.voucherType(), e.description(),
                        e.amount(), e.entryGuid(), e.contactGuid(), e.vatCode(), "Normal");
            }
            json.writeEndArray();
        }
        return bytes.toByteArray();
    }

    /** Per account and accounting year: "the guid of a primo entry will be the same for an accounting year". */
    private static UUID primoGuid(OrganisationBooks books, int account, AccountingYears.Year year) {
        return UUID.nameUUIDFromBytes(("dinero-simulator/primo/" + books.organisationId() + "/" + account + "/"
                + year.name()).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(JsonGenerator json, SimulatedChart.Account account, LocalDate date, Long voucherNumber,
            UUID voucherGuid, String voucherType, String description, BigDecimal amount, UUID entryGuid,
            UUID contactGuid, String vatCode, String type) {
        json.writeStartObject();
        json.writeNumberProperty("AccountNumber", account.number());
        json.writeStringProperty("AccountName", account.name());
        json.writeStringProperty("Date", date.toString());
        if (voucherNumber == null) {
            json.writeNullProperty("VoucherNumber");
        } else {
            json.writeNumberProperty("VoucherNumber", voucherNumber);
        }
        json.writeStringProperty("VoucherGuid", voucherGuid == null ? null : voucherGuid.toString());
        json.writeNullProperty("FileGuid");
        json.writeStringProperty("VoucherType", voucherType);
        json.writeStringProperty("Description", description);
        json.writeStringProperty("VatType", vatCode == null ? null : "Salgsmoms 25%");
        json.writeStringProperty("VatCode", vatCode);
        json.writeNumberProperty("Amount", amount);
        json.writeStringProperty("EntryGuid", entryGuid.toString());
        json.writeStringProperty("ContactGuid", contactGuid == null ? null : contactGuid.toString());
        json.writeStringProperty("Type", type);
        json.writeEndObject();
    }
}
