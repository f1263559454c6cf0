package ru.erp.crm.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import ru.erp.crm.finance.boundary.BankStatementElement;
import ru.erp.crm.finance.boundary.PaymentReport;
import ru.erp.crm.finance.control.StatementBatch;
import ru.erp.crm.integration.onec.bank.BankStatementReader;

/**
 * The apply path of the payment-matching benchmark alone, in this JVM and without a server: the
 * same seeded H2 database and the same statement as {@link PaymentBenchmark}, read by the product's
 * {@link BankStatementReader} in batches of 1,000 headed by the statement (as the bank route cuts
 * them), each batch applied by the product's {@link StatementBatch} through EclipseLink (the
 * product's persistence unit, resource-local) in a transaction of its own. What it leaves out of
 * the end-to-end figure: HTTP, the journal (gzip in and out, per-batch counts), Payara's pool and
 * transaction manager. Used to profile and improve the apply path without starting a CRM; run with
 * {@code -Dbench.main=ru.erp.crm.bench.PaymentApplyBenchmark} in the {@code payment-benchmark}
 * profile. Prints and writes {@code target/benchmark/payments-apply/apply.txt}.
 */
public final class PaymentApplyBenchmark {

    static final int ROUTE_BATCH = 1000;
    /**
     * The embedded database works in the caller's thread, so this thread's CPU time is the apply
     * path's own cost, which other processes on a shared machine do not inflate as they do the
     * wall-clock time.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("target/benchmark/payments-apply");
    private final SyntheticPayments data = PaymentBenchmark.dataFromProperties();
    private final BenchLog log = new BenchLog("Payment apply path, in process");

    public static void main(String[] args) throws Exception {
        new PaymentApplyBenchmark().run();
    }

    private void run() throws Exception {
        log.log(String.format(Locale.ROOT, "Apply path in process: %,d payments, %,d open invoices, %,d customers",
                data.payments(), data.invoices(), data.customers()));
        BenchFiles.deleteRecursively(work);
        Path statement = Files.createDirectories(work).resolve("kl_to_1c.txt");
        long bytes = data.writeStatement(statement, PaymentBenchmark.STATEMENT_ENCODING);
        log.result("Statement", String.format(Locale.ROOT, "%,d payments, %,d KB", data.payments(), bytes >> 10));

        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:" + Files.createDirectories(work.resolve("db")).resolve("crm") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("crm");
        h2.setPassword("crm");
        Flyway.configure().dataSource(h2).locations("filesystem:" + root.resolve("crm-ejb/src/main/resources/db/migration"))
                .load().migrate();
        // held open for the whole run: the embedded database closes with its last connection
        try (Connection db = h2.getConnection()) {
            long started = System.nanoTime();
            long rows = new FinanceSeed(db).seed(data);
            log.result("Seed by JDBC", String.format(Locale.ROOT, "%,d rows in %.1f s", rows, BenchLog.seconds(started)));

            double parse = parseOnly(statement);
            log.result("Reader alone (BankStatementReader)", String.format(Locale.ROOT, "%.1f s = %,.0f payments/s",
                    parse, data.payments() / parse));

            EntityManagerFactory factory = Persistence.createEntityManagerFactory("crm", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.nonJtaDataSource", h2,
                    "eclipselink.logging.level", "SEVERE"));
            try {
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                double apply = apply(factory, statement);
                double cpu = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e9;
                log.result("Reader + StatementBatch per 1,000 (JPA, H2, one transaction per batch)",
                        String.format(Locale.ROOT, "%.1f s = %,.0f payments/s; CPU of this thread %.1f s = %,.0f payments/s",
                                apply, data.payments() / apply, cpu, data.payments() / cpu));
            } finally {
                factory.close();
            }
            List<String> problems = new ArrayList<>();
            PaymentBenchmark.compare("payments", data.expectedPayments(), counts(db, "payment"), problems);
            PaymentBenchmark.compare("invoices", data.expectedInvoices(), counts(db, "invoice"), problems);
            log.result("Check against the generator's expectations", problems.isEmpty() ? "PASS" : "FAIL: " + problems);
        }
        log.write(work.resolve("apply.txt"), String.format(Locale.ROOT, "Payments: %,d; invoices: %,d; customers: %,d",
                data.payments(), data.invoices(), data.customers()));
    }

    private double parseOnly(Path statement) throws Exception {
        long started = System.nanoTime();
        long count = 0;
        try (InputStream in = Files.newInputStream(statement); BankStatementReader reader = new BankStatementReader(in)) {
            while (reader.hasNext()) {
                reader.next();
                count++;
            }
        }
        if (count != data.payments() + 1) {
            throw new IllegalStateException("The reader saw " + count + " elements, not " + (data.payments() + 1));
        }
        return BenchLog.seconds(started);
    }

    private double apply(EntityManagerFactory factory, Path statement) throws Exception {
        long started = System.nanoTime();
        long applied = 0;
        int batches = 0;
        try (InputStream in = Files.newInputStream(statement); BankStatementReader reader = new BankStatementReader(in)) {
            BankStatementElement header = reader.next();
            List<BankStatementElement> batch = new ArrayList<>();
            batch.add(header);
            while (reader.hasNext()) {
                batch.add(reader.next());
                if (batch.size() == ROUTE_BATCH + 1 || !reader.hasNext()) {
                    applied += applyBatch(factory, batch).applied();
                    batch = new ArrayList<>();
                    batch.add(header);
                    if (++batches % 20 == 0) {
                        log.log(String.format(Locale.ROOT, "  %,d payments applied, %.1f s", applied, BenchLog.seconds(started)));
                    }
                }
            }
        }
        if (applied != data.payments()) {
            throw new IllegalStateException(applied + " payments applied, not " + data.payments());
        }
        return BenchLog.seconds(started);
    }

    private static PaymentReport applyBatch(EntityManagerFactory factory, List<BankStatementElement> batch) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            PaymentReport report = StatementBatch.apply(em, "bank-bench", 1L, batch, Instant.now());
            em.getTransaction().commit();
            return report;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static Map<String, Long> counts(Connection db, String table) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (PreparedStatement query = db.prepareStatement("select status, count(*) from " + table + " group by status");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
