package org.reskontro.testing;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.NewCreditor;

/** Creditors with distinct, valid CVR numbers or Norwegian organisation numbers. */
public final class TestCreditors {

    private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
    private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
    private static final AtomicInteger NEXT = new AtomicInteger(2000000 + (int) (System.nanoTime() % 500000));
    private static final AtomicInteger NEXT_NO = new AtomicInteger(3000000 + (int) (System.nanoTime() % 500000));

    private TestCreditors() {
    }

    public static Creditor danish(Creditors creditors, String name, LocalDate startDate) {
        return creditors.register(new NewCreditor(name, "DK", nextCvr(), "DKK", "Europe/Copenhagen", startDate));
    }

    /** A Norwegian creditor in NOK, in Oslo's time zone. */
    public static Creditor norwegian(Creditors creditors, String name, LocalDate startDate) {
        return creditors.register(new NewCreditor(name, "NO", nextNorwegianOrganisationNumber(), "NOK", "Europe/Oslo",
                startDate));
    }

    /** The next 9-digit number starting with 9 whose modulus-11 check digit (weights 3,2,7,6,5,4,3,2) exists. */
    public static String nextNorwegianOrganisationNumber() {
        while (true) {
            String body = "9" + NEXT_NO.incrementAndGet();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (body.charAt(i) - '0') * NO_WEIGHTS[i];
            }
            int check = 11 - sum % 11;
            if (check != 10) {
                return body + (check == 11 ? 0 : check);
            }
        }
    }

    /** The next 8-digit number whose CVR modulus-11 sum is 0. */
    public static String nextCvr() {
        while (true) {
            String candidate = "1" + NEXT.incrementAndGet();
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (candidate.charAt(i) - '0') * WEIGHTS[i];
            }
            if (sum % 11 == 0) {
                return candidate;
            }
        }
    }

    /** A creditor of any country, with a fresh valid organisation number, in the country's currency and zone. */
    public static Creditor of(Creditors creditors, org.reskontro.shared.CountryCode country, String name,
                              LocalDate startDate) {
        return switch (country) {
            case DK -> danish(creditors, name, startDate);
            case NO -> creditors.register(new NewCreditor(name, "NO", nextValid(country, 9), "NOK", "Europe/Oslo", startDate));
            case SE -> creditors.register(new NewCreditor(name, "SE", nextValid(country, 10), "SEK", "Europe/Stockholm",
                    startDate));
            case FI -> creditors.register(new NewCreditor(name, "FI", nextFinnish(), "EUR", "Europe/Helsinki", startDate));
        };
    }

    private static String nextValid(org.reskontro.shared.CountryCode country, int digits) {
        while (true) {
            String candidate = (country == org.reskontro.shared.CountryCode.SE ? "55" : "9")
                    + String.format("%0" + (digits - (country == org.reskontro.shared.CountryCode.SE ? 2 : 1)) + "d",
                    NEXT.incrementAndGet() % 100_000_000L);
            if (org.reskontro.shared.OrganisationNumber.isValid(country, candidate)) {
                return candidate;
            }
        }
    }

    private static String nextFinnish() {
        while (true) {
            String base = String.format("%07d", NEXT.incrementAndGet() % 10_000_000L);
            for (int check = 0; check <= 9; check++) {
                String candidate = base + "-" + check;
                if (org.reskontro.shared.OrganisationNumber.isValid(org.reskontro.shared.CountryCode.FI, candidate)) {
                    return candidate;
                }
            }
        }
    }
}
