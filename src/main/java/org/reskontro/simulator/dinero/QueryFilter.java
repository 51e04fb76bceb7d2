package org.reskontro.simulator.dinero;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dinero's {@code queryFilter}: {@code <Field> eq|contains '<value>'} conditions joined by {@code ;} (AND),
 * matched case-insensitively. Anything else is refused with HTTP 400, as the contract says.
 */
final class QueryFilter {

    private record Condition(String field, boolean contains, String value) {
    }

    private static final Pattern CONDITION = Pattern.compile("\\s*(\\w+)\\s+(eq|contains)\\s+'([^']*)'\\s*(;|$)",
            Pattern.CASE_INSENSITIVE);

    private final List<Condition> conditions;

    private QueryFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    static QueryFilter parse(String raw, List<String> filterable) {
        List<Condition> conditions = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return new QueryFilter(conditions);
        }
        Matcher matcher = CONDITION.matcher(raw);
        int position = 0;
        while (position < raw.length() && matcher.find(position) && matcher.start() == position) {
            String field = filterable.stream().filter(matcher.group(1)::equalsIgnoreCase).findFirst()
                    .orElseThrow(() -> ApiException.badRequest("InvalidQueryFilter",
                            "queryFilter cannot filter on " + matcher.group(1) + "; filterable: " + filterable));
            conditions.add(new Condition(field, matcher.group(2).equalsIgnoreCase("contains"), matcher.group(3)));
            position = matcher.end();
        }
        if (position < raw.length() || conditions.isEmpty()) {
            throw ApiException.badRequest("InvalidQueryFilter",
                    "queryFilter must be <Field> eq|contains '<value>' conditions joined by ';', was '" + raw + "'");
        }
        return new QueryFilter(conditions);
    }

    /** {@code valueOf} gives a field's value as text (null when empty). */
    boolean matches(Function<String, String> valueOf) {
        for (Condition condition : conditions) {
            String value = valueOf.apply(condition.field());
            String actual = value == null ? "" : value.toLowerCase(Locale.ROOT);
            String wanted = condition.value().toLowerCase(Locale.ROOT);
            if (condition.contains() ? !actual.contains(wanted) : !actual.equals(wanted)) {
                return false;
            }
        }
        return true;
    }
}
