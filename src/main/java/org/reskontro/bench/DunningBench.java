package org.reskontro.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.reskontro.creditors.Creditor;
import org.reskontro.creditors.Creditors;
import org.reskontro.creditors.NewCreditor;
import org.reskontro.dunning.Dunning;
import org.reskontro.dunning.RunSummary;
import org.reskontro.dunning.domain.BusinessCalendar;
import org.reskontro.dunning.domain.ClaimSnapshot;
import org.reskontro.dunning.domain.DebtorStanding;
import org.reskontro.dunning.domain.DunningEvaluator;
import org.reskontro.dunning.domain.DunningPolicy;
import org.reskontro.dunning.domain.IssuedStep;
import org.reskontro.dunning.domain.NextAction;
import org.reskontro.dunning.domain.StandardPolicies;
import org.reskontro.shared.CountryCode;
import org.reskontro.shared.Money;

/**
 * {@code bench dunning}: (1) the pure decision function over N seeded invoices on one thread; (2) a whole dunning
 * day over N open invoices spread over C Danish creditors, read from and written to PostgreSQL through the Dunning
 * facade, on as many threads as cores. The mirror is filled by COPY straight into the ledger's tables (the sync has
 * its own benchmark); the day is 2 June 2025, inside the rate tables, so fees and interest are computed for real.
 */
final class DunningBench {

    static final LocalDate DAY = LocalDate.of(2025, 6, 2);
    private static final int CUSTOMERS_PER_CREDITOR = 100;

    private final BenchRuntime runtime;

    DunningBench(BenchRuntime runtime) {
        this.runtime = runtime;
    }

    record Result(int invoices, int creditors, double decisionsPerSecond, double runSeconds, int stepsIssued,
                  int letters, int threads, double lettersPerSecond) {
    }

    private static final int LETTERS_TO_RENDER = 1_000;

    Result run(DunningBenchOptions options, PrintStream out) throws Exception {
        double decisions = decisionsPerSecond(options.invoices(), out);
        List<Creditor> creditors = seed(options, out);
        int threads = Runtime.getRuntime().availableProcessors();
        Dunning dunning = runtime.bean(Dunning.class);
        creditors.forEach(c -> dunning.policy(c.id())); // the standard policies, as any creditor has them
        out.printf("dunning day %s over %,d invoices of %,d creditors on %d threads …%n", DAY, options.invoices(),
                creditors.size(), threads);
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger letters = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<RunSummary>> runs = new ArrayList<>();
            for (Creditor creditor : creditors) {
                runs.add(pool.submit(() -> dunning.run(creditor.id(), DAY)));
            }
            for (Future<RunSummary> run : runs) {
                RunSummary summary = run.get();
                issued.addAndGet(summary.stepsIssued());
                letters.addAndGet(summary.letters());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double lettersPerSecond = renderLetters(dunning, creditors, out);
        return new Result(options.invoices(), creditors.size(), decisions, seconds, issued.get(), letters.get(), threads,
                lettersPerSecond);
    }

    /** The day's letters as PDFs on one thread, read from the issued steps as sending them would (no SMTP). */
    private static double renderLetters(Dunning dunning, List<Creditor> creditors, PrintStream out) {
        List<Object[]> letters = new ArrayList<>();
        for (Creditor creditor : creditors) {
            for (var letter : dunning.letters(creditor.id(), 100)) {
                letters.add(new Object[] {creditor.id(), letter.id()});
                if (letters.size() == LETTERS_TO_RENDER) {
                    break;
                }
            }
            if (letters.size() == LETTERS_TO_RENDER) {
                break;
            }
        }
        if (letters.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < Math.min(50, letters.size()); i++) { // warm-up
            dunning.letterPdf((org.reskontro.shared.CreditorId) letters.get(i)[0], (UUID) letters.get(i)[1]);
        }
        long bytes = 0;
        long start = System.nanoTime();
        for (Object[] letter : letters) {
            bytes += dunning.letterPdf((org.reskontro.shared.CreditorId) letter[0], (UUID) letter[1]).length;
        }
        double perSecond = letters.size() / ((System.nanoTime() - start) / 1e9);
        out.printf("letters: %,d letter PDFs on one thread (with their database reads), %,.0f a second, %,d KB%n",
                letters.size(), perSecond, bytes / 1024);
        return perSecond;
    }

    private static double decisionsPerSecond(int n, PrintStream out) {
        DunningPolicy policy = StandardPolicies.forCountry(CountryCode.DK, UUID.randomUUID());
        BusinessCalendar calendar = new BusinessCalendar(CountryCode.DK);
        Random random = new Random(7);
        ClaimSnapshot[] claims = new ClaimSnapshot[n];
        for (int i = 0; i < n; i++) {
            claims[i] = claim(random, policy, i);
        }
        int sink = 0;
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            for (ClaimSnapshot claim : claims) {
                sink += DunningEvaluator.nextAction(policy, claim, DAY, calendar) instanceof NextAction.Issue ? 1 : 0;
            }
        }
        long start = System.nanoTime();
        for (ClaimSnapshot claim : claims) {
            sink += DunningEvaluator.nextAction(policy, claim, DAY, calendar) instanceof NextAction.Issue ? 1 : 0;
        }
        double perSecond = n / ((System.nanoTime() - start) / 1e9);
        out.printf("decisions: %,d invoices on one thread, %,.0f a second (%d issue today)%n", n, perSecond, sink / 3);
        return perSecond;
    }

    private static ClaimSnapshot claim(Random random, DunningPolicy policy, int i) {
        LocalDate due = DAY.minusDays(random.nextInt(90) - 20);
        List<IssuedStep> issued = new ArrayList<>();
        if (due.isBefore(DAY.minusDays(20)) && random.nextBoolean()) {
            issued.add(new IssuedStep(0, policy.step(0).type(), due.plusDays(3), due.plusDays(13)));
        }
        return new ClaimSnapshot(new UUID(i, i), "d" + (i % 300), false, due,
                Money.of(BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2), "DKK"), issued,
                DebtorStanding.FOLLOWED_UP, false, null, null);
    }

    /** C creditors, each with 100 customers and its share of the invoices, due dates spread over 110 days. */
    private List<Creditor> seed(DunningBenchOptions options, PrintStream out) throws SQLException {
        Creditors registry = runtime.bean(Creditors.class);
        List<Creditor> creditors = new ArrayList<>();
        Cvr cvr = new Cvr();
        for (int c = 0; c < options.creditors(); c++) {
            creditors.add(registry.register(new NewCreditor("Bench Rykker " + c + " ApS", "DK", cvr.next(), "DKK",
                    "Europe/Copenhagen", LocalDate.of(2024, 1, 1))));
        }
        long start = System.nanoTime();
        Random random = new Random(11);
        try (Connection connection = runtime.bean(DataSource.class).getConnection()) {
            connection.setAutoCommit(false);
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            CopyIn customers = copy.copyIn("copy ledger.customer (creditor_id, id, external_id, name, email, street, "
                    + "zip_code, city, country, is_person, follow_up, first_seen_at, updated_at) from stdin");
            StringBuilder rows = new StringBuilder();
            for (Creditor creditor : creditors) {
                for (int k = 0; k < CUSTOMERS_PER_CREDITOR; k++) {
                    rows.append(creditor.id().value()).append('\t').append(UUID.randomUUID()).append("\tc").append(k)
                            .append("\tKunde ").append(k).append("\tkunde").append(k).append("@example.com\tGade ")
                            .append(k).append("\t1000\tKøbenhavn\tDK\t").append(k % 3 == 0 ? "t" : "f")
                            .append("\tt\t2025-01-01 00:00:00+00\t2025-01-01 00:00:00+00\n");
                }
                flush(customers, rows, false);
            }
            flush(customers, rows, true);
            CopyIn items = copy.copyIn("copy ledger.open_item (creditor_id, document_id, kind, number, "
                    + "customer_external_id, issue_date, due_date, currency, total_incl_vat, open_amount, erp_status, "
                    + "revision) from stdin");
            for (int i = 0; i < options.invoices(); i++) {
                Creditor creditor = creditors.get(i % creditors.size());
                LocalDate due = DAY.minusDays(random.nextInt(110) - 20);
                BigDecimal amount = BigDecimal.valueOf(5_000 + random.nextInt(2_000_000), 2);
                rows.append(creditor.id().value()).append('\t').append(UUID.randomUUID()).append("\tINVOICE\t")
                        .append(i + 1).append("\tc").append(random.nextInt(CUSTOMERS_PER_CREDITOR)).append('\t')
                        .append(due.minusDays(14)).append('\t').append(due).append("\tDKK\t").append(amount)
                        .append('\t').append(amount).append("\tBooked\t1\n");
                if (rows.length() > 256 * 1024) {
                    flush(items, rows, false);
                }
            }
            flush(items, rows, true);
            connection.commit();
        }
        out.printf("seeded %,d creditors, %,d customers and %,d open invoices in %.1f s%n", creditors.size(),
                creditors.size() * CUSTOMERS_PER_CREDITOR, options.invoices(), (System.nanoTime() - start) / 1e9);
        return creditors;
    }

    private static void flush(CopyIn in, StringBuilder rows, boolean end) throws SQLException {
        byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
        if (end) {
            in.endCopy();
        }
    }

    /** Valid CVR numbers (modulus 11, weights 2,7,6,5,4,3,2,1), distinct within the run. */
    private static final class Cvr {
        private static final int[] WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
        private int next = 30_000_000;

        String next() {
            while (true) {
                String candidate = String.valueOf(next++);
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
}
