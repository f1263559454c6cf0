package ru.erp.crm.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * 1C's side of the site exchange for the benchmarks, over real HTTP as 1C does it: checkauth with
 * HTTP Basic, the cookie kept by a cookie manager, init, each file POSTed in chunks of at most
 * {@code file_limit} bytes, then {@code import} repeated while the CRM answers {@code progress}.
 */
final class SiteExchangeClient {

    private static final Duration POLL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;
    private final Charset answers;
    private long fileLimit;

    /** {@code answers}: the channel's encoding, in which the CRM writes its plain-text answers. */
    SiteExchangeClient(String crmUrl, Charset answers) {
        this.endpoint = URI.create(crmUrl + "/exchange/1c");
        this.answers = answers;
    }

    /** checkauth and init; afterwards the session cookie and the file limit are known. */
    void open(String login, String password) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        expectSuccess(send(HttpRequest.newBuilder(uri("type=catalog&mode=checkauth")).header("Authorization", "Basic " + basic).GET()),
                "checkauth");
        List<String> init = send(HttpRequest.newBuilder(uri("type=catalog&mode=init&version=2.08")).GET());
        fileLimit = init.stream().filter(l -> l.startsWith("file_limit=")).map(l -> Long.parseLong(l.substring(11).strip()))
                .findFirst().orElseThrow(() -> new IllegalStateException("init named no file_limit: " + init));
    }

    /** Uploads {@code file} under its own name in chunks of file_limit bytes; returns the number of chunks. */
    int upload(Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        int chunks = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk;
            while ((chunk = in.readNBytes((int) Math.min(fileLimit, Integer.MAX_VALUE - 8))).length > 0) {
                expectSuccess(send(HttpRequest.newBuilder(uri("type=catalog&mode=file&filename=" + encode(name)))
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(chunk))), "file " + name);
                chunks++;
            }
        }
        return chunks;
    }

    /** The first {@code import} call for the file (it journals the file); returns the answer's lines. */
    List<String> startImport(String fileName) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("type=catalog&mode=import&filename=" + encode(fileName))).GET());
    }

    /** Repeats {@code import} while the CRM answers progress; returns the final answer (success or failure). */
    List<String> importUntilDone(String fileName) throws IOException, InterruptedException {
        List<String> answer = startImport(fileName);
        while (!answer.isEmpty() && "progress".equals(answer.get(0))) {
            Thread.sleep(POLL.toMillis());
            answer = startImport(fileName);
        }
        return answer;
    }

    private List<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofMinutes(10)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new String(response.body(), answers).lines().toList();
    }

    private static void expectSuccess(List<String> answer, String call) {
        if (answer.isEmpty() || !"success".equals(answer.get(0))) {
            throw new IllegalStateException(call + " answered " + answer);
        }
    }

    private URI uri(String query) {
        return URI.create(endpoint + "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
