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
}
