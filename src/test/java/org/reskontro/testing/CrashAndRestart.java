package org.reskontro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.reskontro.ledger.Ledger;
import org.reskontro.ledger.ReconciliationReport;
import org.reskontro.platform.security.Operators;
import org.reskontro.shared.CreditorId;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the crash-and-restart proofs share: restarting a step until it survives, and a sync that must reconcile. */
public final class CrashAndRestart {

    private CrashAndRestart() {
    }

    /** Calls the step again, as a restarted process would, until one run gets through without a simulated crash. */
    public static void untilItSurvives(Supplier<?> step) {
        for (int restart = 0; restart < 200; restart++) {
            try {
                step.get();
                return;
            } catch (TestCrashPoints.SimulatedCrash crash) {
                // the process died here; the next loop is its restart
            }
        }
        throw new AssertionError("crashed 200 times in a row");
    }

    /** A delta sync whose reconciliation report must be clean (I1). */
    public static void syncAndAssertClean(Ledger ledger, CreditorId creditor) {
        var run = ledger.queueSync(creditor, "test");
        ledger.runSync(creditor, run);
        ReconciliationReport report = ledger.reconciliation(creditor, run).orElseThrow();
        assertThat(report.clean()).as("%s", report).isTrue();
    }

    /** Signs a fresh user of the creditor in on this thread, for facades that record who acted. */
    public static void signInAs(Operators operators, CreditorId creditor) {
        var operator = operators.find(TestOperators.creditorUser(operators, creditor)).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(operator, null, operator.getAuthorities()));
    }
}
