package ru.erp.crm.exchange.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import ru.erp.crm.exchange.boundary.SiteChannel;

/**
 * The open 1C exchange sessions of this server. A session lives in memory: after a restart 1C
 * simply authenticates again (it starts every exchange with {@code checkauth}), and what it had
 * uploaded and imported is in the journal already. Idle sessions end after {@link #IDLE} and their
 * upload folders are removed.
 */
@ApplicationScoped
public class ExchangeSessions {

    static final String COOKIE = "CRM1C_SESSION";
    static final Duration IDLE = Duration.ofHours(2);
    private static final Logger LOG = Logger.getLogger(ExchangeSessions.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, ExchangeSession> sessions = new ConcurrentHashMap<>();

    public ExchangeSession open(SiteChannel channel) {
        endIdleSessions();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Path folder = ExchangeFolders.siteUploads().resolve(channel.code()).resolve(token);
        ExchangeSession session = new ExchangeSession(token, channel, new UploadArea(folder), Instant.now());
        sessions.put(token, session);
        return session;
    }

    public Optional<ExchangeSession> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        ExchangeSession session = sessions.get(token.strip());
        if (session == null || session.idleSince(Instant.now().minus(IDLE))) {
            return Optional.empty();
        }
        session.touch(Instant.now());
        return Optional.of(session);
    }

    private void endIdleSessions() {
        Instant limit = Instant.now().minus(IDLE);
        sessions.values().removeIf(session -> {
            if (!session.idleSince(limit)) {
                return false;
            }
            deleteQuietly(session.uploads().root());
            return true;
        });
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warning(() -> "Could not remove the exchange folder " + folder + ": " + e.getMessage());
        }
    }
}
