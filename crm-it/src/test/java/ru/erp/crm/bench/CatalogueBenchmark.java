package ru.erp.crm.bench;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue benchmark (BENCHMARKS.md): pushes N synthetic products ({@link SyntheticCatalogue})
 * through the real 1C site-exchange protocol into a fresh CRM (checkauth, init, each file in chunks
 * of file_limit, import repeated until success; import.xml, then offers.xml) and times products/s
 * from the first file call to the last success; measures the floor (StAX + JDBC batch inserts,
 * {@link CatalogueFloor}) on the same files in the same run while the CRM is stopped; prints the
 * ratio. With {@code bench.heap} the CRM runs with that -Xmx and its peak heap in use is reported.
 * Not a test: the figures are printed and written to {@code target/benchmark/catalogue/catalogue.txt}.
 *
 * <p>System properties: {@code bench.products} (default 100,000), {@code bench.encoding} (of the
 * files, default windows-1251, as 1C writes them; or UTF-8), {@code bench.heap} (e.g. 512m; the
 * server's -Xmx, via {@code CRM_HEAP}), {@code bench.keepServer}. The server is this checkout's
 * {@code ./crm} with {@code CRM_PORTBASE} from the environment, on its own H2 database under
 * {@code target/benchmark/catalogue}, so the demo database under data/ is untouched.
 */
public final class CatalogueBenchmark {

    static final String CHANNEL_LOGIN = "erp1c";
    static final String PASSWORD = "demo";
    /** The demo 1C channel answers in windows-1251, as 1C expects by default. */
    static final Charset CHANNEL_CHARSET = Charset.forName("windows-1251");

    private final Path root = Path.of(System.getProperty("bench.root", ".")).toAbsolutePath().normalize();
    private final Path work = root.resolve("target/benchmark/catalogue");
    private final long products = Long.parseLong(System.getProperty("bench.products", "100000").replace("_", ""));
    private final Charset encoding = Charset.forName(System.getProperty("bench.encoding", "windows-1251"));
    private final String heap = System.getProperty("bench.heap", "");
    private final String crmUrl = crmUrl();
    private final CrmProcess crm = new CrmProcess(root);
    private final BenchLog log = new BenchLog("Catalogue benchmark");

    public static void main(String[] args) throws Exception {
        new CatalogueBenchmark().run();
    }

    private void run() throws Exception {
        log.log(String.format(Locale.ROOT, "Catalogue benchmark: %,d products, files in %s, server heap %s, root %s",
                products, encoding, heap.isBlank() ? "as configured" : heap, root));
        crm.stop();
        Files.createDirectories(work.getParent());
        BenchFiles.deleteRecursively(work);
        Path outbox = Files.createDirectories(work.resolve("outbox"));
        Path importXml = outbox.resolve("import.xml");
        Path offersXml = outbox.resolve("offers.xml");
        long started = System.nanoTime();
        long bytes = SyntheticCatalogue.writeImport(importXml, products, encoding) + SyntheticCatalogue.writeOffers(offersXml, products, encoding);
        log.result("CommerceML input", String.format(Locale.ROOT, "import.xml + offers.xml, %,d MB, %s (written in %.1f s)",
                bytes >> 20, encoding, BenchLog.seconds(started)));

        double floorRate = floor(importXml, offersXml);
        boolean keep = Boolean.getBoolean("bench.keepServer");
        try {
            crm.start(serverEnvironment(work, heap));
            double productRate = productPath(importXml, offersXml);
            double ratio = productRate / floorRate;
            log.result("Ratio product / floor (target >= 0.5)", String.format(Locale.ROOT, "%.2f %s", ratio, ratio >= 0.5 ? "MET" : "NOT MET"));
        } finally {
            if (!keep) {
                crm.stop();
            }
        }
        log.write(work.resolve("catalogue.txt"), String.format(Locale.ROOT, "Products: %,d (one price, stock at two warehouses each)", products));
    }

    private double floor(Path importXml, Path offersXml) throws Exception {
        CatalogueFloor floor = new CatalogueFloor(Files.createDirectories(work.resolve("floor")),
                root.resolve("crm-ejb/src/main/resources/db/migration"));
        long started = System.nanoTime();
        long loaded = floor.load(importXml, offersXml);
        double elapsed = BenchLog.seconds(started);
        double rate = loaded / elapsed;
        log.result("Floor: StAX + JDBC batch insert", String.format(Locale.ROOT, "%,d products in %.1f s = %,.0f products/s", loaded, elapsed, rate));
        return rate;
    }

    private double productPath(Path importXml, Path offersXml) throws Exception {
        CrmRest rest = new CrmRest(crmUrl, "admin", PASSWORD);
        long before = rest.productTotal();
        AtomicLong peakHeap = new AtomicLong(-1);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        crm.serverPid().ifPresent(pid -> poller.scheduleWithFixedDelay(
                () -> peakHeap.accumulateAndGet(crm.heapUsedMb(pid), Math::max), 0, 2, TimeUnit.SECONDS));
        SiteExchangeClient onec = new SiteExchangeClient(crmUrl, CHANNEL_CHARSET);
        onec.open(CHANNEL_LOGIN, PASSWORD);
        long started = System.nanoTime();
        Map<String, Double> seconds = new LinkedHashMap<>();
        try {
            for (Path file : List.of(importXml, offersXml)) {
                int chunks = onec.upload(file);
                log.log(String.format(Locale.ROOT, "  %s uploaded in %d chunk(s), %.1f s", file.getFileName(), chunks, BenchLog.seconds(started)));
                List<String> answer = onec.importUntilDone(file.getFileName().toString());
                if (!"success".equals(answer.get(0))) {
                    throw new IllegalStateException(file.getFileName() + ": import answered " + answer);
                }
                seconds.put(file.getFileName().toString(), BenchLog.seconds(started));
                log.log(String.format(Locale.ROOT, "  %s: %s, %.1f s", file.getFileName(), answer, BenchLog.seconds(started)));
            }
        } finally {
            poller.shutdownNow();
        }
        double elapsed = BenchLog.seconds(started);
        double rate = products / elapsed;
        log.result("Product path: 1C protocol -> journal -> route -> JPA", String.format(Locale.ROOT,
                "%,d products in %.1f s = %,.0f products/s (import.xml done at %.1f s)", products, elapsed, rate, seconds.get("import.xml")));
        if (peakHeap.get() >= 0) {
            log.result("Server heap in use, peak of jcmd GC.heap_info every 2 s", peakHeap.get() + " MB"
                    + (heap.isBlank() ? "" : " with -Xmx" + heap));
        }
        List<String> problems = new CatalogueContents(rest, products).problems(before, 100, 20261123L);
        log.result("Contents via REST (total + 100 sampled prices/stock)", problems.isEmpty() ? "complete" : String.join("; ", problems));
        return rate;
    }

    /** ./crm's environment for a server on its own H2 database and exchange folder under {@code work}. */
    static Map<String, String> serverEnvironment(Path work, String heap) throws IOException {
        Path db = Files.createDirectories(work.resolve("db"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("CRM_DB_URL", "jdbc:h2:" + db.resolve("crm") + ";MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH");
        env.put("CRM_DB_DATASOURCE", "org.h2.jdbcx.JdbcDataSource");
        env.put("CRM_DB_USER", "crm");
        env.put("CRM_DB_PASSWORD", "crm");
        env.put("CRM_DEMO_DATA", "true");
        env.put("CRM_INBOX_1C", Files.createDirectories(work.resolve("inbox/1c")).toString());
        env.put("CRM_EXCHANGE_DIR", Files.createDirectories(work.resolve("exchange")).toString());
        if (!heap.isBlank()) {
            env.put("CRM_HEAP", heap);
        }
        return env;
    }

    static String crmUrl() {
        String portbase = System.getenv("CRM_PORTBASE");
        return "http://localhost:" + ((portbase == null || portbase.isBlank() ? 8000 : Integer.parseInt(portbase.strip())) + 80) + "/crm";
    }
}
