package org.reskontro.charges;

import java.time.LocalDate;
import java.time.Year;

/**
 * How interest days are counted and what a year is, per LEGAL.md § 8. None is statutory except Norway's; the
 * convention is a field of every rate row, and the days are reported beside each amount so a reader can check.
 * A segment never crosses 1 January or 1 July (the calculator splits there), so one denominator fits a segment.
 */
public enum DayCount {

    /** Danish practice: 30 days a month, 360 a year (30E/360). Not law: "dansk sædvanlig praksis". */
    E30_360 {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return 360L * (to.getYear() - from.getYear()) + 30L * (to.getMonthValue() - from.getMonthValue())
                    + (Math.min(to.getDayOfMonth(), 30) - Math.min(from.getDayOfMonth(), 30));
        }

        @Override
        public int yearDays(LocalDate firstDay) {
            return 360;
        }
    },

    /** Actual days over 365 (Swedish and Finnish calculators). */
    ACT_365 {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return to.toEpochDay() - from.toEpochDay();
        }

        @Override
        public int yearDays(LocalDate firstDay) {
            return 365;
        }
    },

    /**
     * Actual days over the days of their calendar year: 1/365 of the rate a day, 1/366 in a leap year. The
     * Norwegian Ministry of Justice's reading of "årlig rente" (Lovavdelingen, letter of 26 June 2006).
     */
    ACT_ACT_YEAR {
        @Override
        public long days(LocalDate from, LocalDate to) {
            return to.toEpochDay() - from.toEpochDay();
        }

        @Override
        public int yearDays(LocalDate firstDay) {
            return Year.isLeap(firstDay.getYear()) ? 366 : 365;
        }
    };

    /** Interest days after {@code from} up to and including {@code to}. */
    public abstract long days(LocalDate from, LocalDate to);

    /** The denominator for a segment whose first interest day is {@code firstDay}. */
    public abstract int yearDays(LocalDate firstDay);
}
