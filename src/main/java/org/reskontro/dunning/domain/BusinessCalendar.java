package org.reskontro.dunning.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.reskontro.shared.CountryCode;

/**
 * The days a country's banks are closed, computed (never typed in): weekends, the fixed and the Easter-dependent
 * public holidays, and the bank closing days around Christmas, midsummer and New Year. Payment deadlines and
 * letters move to the next business day. Sources: DK helligdagsloven and Finans Danmark's bank holidays (Store
 * Bededag abolished from 2024, lov nr. 1 af 28.2.2023); NO lov om helligdager og helligdagsfred and lov om 1. og 17.
 * mai; SE lag (1989:253) om allmänna helgdagar; FI the Bank of Finland's TARGET/bank holidays and vuosilomalaki.
 */
public final class BusinessCalendar {

    private static final Map<String, Set<LocalDate>> CACHE = new ConcurrentHashMap<>();

    private final CountryCode country;

    public BusinessCalendar(CountryCode country) {
        this.country = country;
    }

    public CountryCode country() {
        return country;
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays(day.getYear()).contains(day);
    }

    /** The day itself if it is a business day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate candidate = day;
        while (!isBusinessDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The holidays (weekday or not) of a year, by date, with their names, for the console and the tests. */
    public Map<LocalDate, String> namedHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate easter = easterSunday(year);
        days.put(LocalDate.of(year, 1, 1), "New Year's Day");
        days.put(LocalDate.of(year, 12, 24), "Christmas Eve");
        days.put(LocalDate.of(year, 12, 25), "Christmas Day");
        days.put(LocalDate.of(year, 12, 26), "Boxing Day");
        if (country != CountryCode.FI) {
            days.put(LocalDate.of(year, 12, 31), "New Year's Eve (bank holiday)");
        }
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter, "Easter Sunday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(easter.plusDays(39), "Ascension Day");
        days.put(easter.plusDays(49), "Whit Sunday");
        switch (country) {
            case DK -> {
                days.put(easter.minusDays(3), "Maundy Thursday");
                if (year <= 2023) {
                    days.put(easter.plusDays(26), "Great Prayer Day");
                }
                days.put(easter.plusDays(40), "Day after Ascension (bank holiday)");
                days.put(easter.plusDays(50), "Whit Monday");
                days.put(LocalDate.of(year, 6, 5), "Constitution Day (bank holiday)");
            }
            case NO -> {
                days.put(easter.minusDays(3), "Maundy Thursday");
                days.put(easter.plusDays(50), "Whit Monday");
                days.put(LocalDate.of(year, 5, 1), "Labour Day");
                days.put(LocalDate.of(year, 5, 17), "Constitution Day");
            }
            case SE -> {
                days.put(LocalDate.of(year, 1, 6), "Epiphany");
                days.put(LocalDate.of(year, 5, 1), "May Day");
                days.put(LocalDate.of(year, 6, 6), "National Day");
                LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                days.put(midsummerEve, "Midsummer Eve (bank holiday)");
                days.put(midsummerEve.plusDays(1), "Midsummer Day");
                days.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                        "All Saints' Day");
            }
            case FI -> {
                days.put(LocalDate.of(year, 1, 6), "Epiphany");
                days.put(LocalDate.of(year, 5, 1), "May Day");
                LocalDate midsummerEve = LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
                days.put(midsummerEve, "Midsummer Eve");
                days.put(midsummerEve.plusDays(1), "Midsummer Day");
                days.put(LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                        "All Saints' Day");
                days.put(LocalDate.of(year, 12, 6), "Independence Day");
            }
        }
        return days;
    }

    private Set<LocalDate> holidays(int year) {
        return CACHE.computeIfAbsent(country + "-" + year, key -> Set.copyOf(namedHolidays(year).keySet()));
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
