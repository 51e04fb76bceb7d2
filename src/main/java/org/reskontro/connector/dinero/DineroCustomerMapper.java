package org.reskontro.connector.dinero;

import java.util.Set;
import org.reskontro.ledger.spi.ErpCustomer;
import tools.jackson.databind.JsonNode;

/**
 * A ContactReadModel that is a debtor (IsDebitor) to an {@link ErpCustomer}; VatNumber is the CVR number. Dinero's
 * contacts carry no follow-up settings, so no restrictions.
 */
final class DineroCustomerMapper {

    /** What the mapper reads, plus IsCreditor, IsMember and UseCvr, which the contract marks required. */
    static final String FIELDS = "ContactGuid,Name,IsPerson,IsDebitor,IsCreditor,IsMember,UseCvr,VatNumber,Email,"
            + "Phone,Street,ZipCode,City,CountryKey,CreatedAt,UpdatedAt,DeletedAt";

    private DineroCustomerMapper() {
    }

    /** Null for a contact that is no debtor (a supplier only). */
    static ErpCustomer customer(JsonNode item, boolean deletedPass, String where) {
        if (!DineroJson.flag(item, "IsDebitor", where)) {
            return null;
        }
        boolean person = DineroJson.flag(item, "IsPerson", where);
        String version = DineroJson.optionalText(item, "UpdatedAt");
        return new ErpCustomer(DineroJson.text(item, "ContactGuid", where), DineroJson.text(item, "Name", where),
                person ? null : DineroJson.optionalText(item, "VatNumber"), DineroJson.optionalText(item, "Email"),
                DineroJson.optionalText(item, "Phone"), DineroJson.optionalText(item, "Street"),
                DineroJson.optionalText(item, "ZipCode"), DineroJson.optionalText(item, "City"),
                DineroJson.text(item, "CountryKey", where), person,
                version != null ? version : DineroJson.text(item, "CreatedAt", where),
                deletedPass || DineroJson.optionalText(item, "DeletedAt") != null, Set.of());
    }
}
