package org.reskontro.connector.dinero;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.function.Consumer;
import org.reskontro.ledger.spi.AccountingSystemException;
import org.reskontro.ledger.spi.AccountingSystemException.Category;
import org.reskontro.ledger.spi.ErpPosting;
import org.reskontro.shared.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON array of Dinero's EntryReadModel (GET …/entries, GET …/entries/changes), parsed as a stream so a year's
 * ledger never sits in memory: only the entries on the given receivables accounts that are no Primo or Ultimo balance
 * reach the sink, as postings in DKK. A body that is no array, is cut short or lacks a required property is a
 * {@link Category#MALFORMED_RESPONSE}; one that breaks off while read is {@link Category#UNREACHABLE}.
 */
final class DineroEntryStream {

    private static final JsonMapper PARSER = JsonMapper.builder().build();

    private DineroEntryStream() {
    }

    static void parse(InputStream in, Set<Integer> receivables, Consumer<ErpPosting> sink, String what) {
        try (JsonParser json = PARSER.createParser(in)) {
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw DineroJson.malformed(what, "the body is no JSON array of entries");
            }
            while (json.nextToken() == JsonToken.START_OBJECT) {
                Entry entry = entry(json, what);
                if (receivables.contains(entry.account) && !"Primo".equalsIgnoreCase(entry.type)
                        && !"Ultimo".equalsIgnoreCase(entry.type)) {
                    sink.accept(new ErpPosting(entry.entryGuid, String.valueOf(entry.account), entry.voucherGuid,
                            entry.contactGuid, entry.date, new Money(entry.amount, DineroPostings.BOOK_CURRENCY),
                            entry.description));
                }
            }
            if (json.currentToken() != JsonToken.END_ARRAY) {
                throw DineroJson.malformed(what, "the array of entries is cut short");
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof java.io.IOException io) {
                throw new AccountingSystemException(Category.UNREACHABLE, "Dinero's answer to " + what
                        + " broke off while it was read (" + io.getClass().getSimpleName() + ")", e);
            }
            throw new AccountingSystemException(Category.MALFORMED_RESPONSE,
                    "Dinero sent malformed JSON for " + what + ": " + e.getOriginalMessage(), e);
        } catch (UncheckedIOException e) {
            throw new AccountingSystemException(Category.UNREACHABLE, "Dinero's answer to " + what
                    + " broke off while it was read", e);
        }
    }

    private static final class Entry {
        Integer account;
        BigDecimal amount;
        LocalDate date;
        String voucherGuid;
        String contactGuid;
        String entryGuid;
        String description;
        String type;
    }

    /** One EntryReadModel; AccountNumber and Amount are required, a Normal entry needs its Date. */
    private static Entry entry(JsonParser json, String what) {
        Entry entry = new Entry();
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = json.currentName();
            JsonToken value = json.nextToken();
            if (value == JsonToken.VALUE_NULL) {
                continue;
            }
            switch (name) {
                case "AccountNumber" -> entry.account = json.getIntValue();
                case "Amount" -> entry.amount = json.getDecimalValue();
                case "Date" -> entry.date = date(json.getString(), what);
                case "VoucherGuid" -> entry.voucherGuid = json.getString();
                case "ContactGuid" -> entry.contactGuid = json.getString();
                case "EntryGuid" -> entry.entryGuid = json.getString();
                case "Description" -> entry.description = json.getString();
                case "Type" -> entry.type = json.getString();
                default -> json.skipChildren();
            }
        }
        if (entry.account == null || entry.amount == null) {
            throw DineroJson.malformed(what, "an entry lacks its required AccountNumber or Amount");
        }
        if (entry.date == null && !"Primo".equalsIgnoreCase(entry.type)) {
            throw DineroJson.malformed(what, "an entry of account " + entry.account + " has no Date");
        }
        return entry;
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw DineroJson.malformed(what, "Date '" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
