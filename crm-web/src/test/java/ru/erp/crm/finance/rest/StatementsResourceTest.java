package ru.erp.crm.finance.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.finance.boundary.StatementProgress;
import ru.erp.crm.finance.boundary.Statements;
import ru.erp.crm.platform.problem.PayloadTooLargeException;

class StatementsResourceTest {

    private static final StatementProgress RECEIVED =
            new StatementProgress(42, MessageStatus.RECEIVED, false, 0, 0, 0, 0, null, null);

    private final StatementsResource resource = new StatementsResource();
    private final List<String> uploads = new ArrayList<>();

    StatementsResourceTest() {
        resource.statements = new Statements() {
            @Override
            public long upload(String fileName, InputStream content) {
                try {
                    uploads.add(fileName + ": " + new String(content.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return 42;
            }

            @Override
            public StatementProgress progress(long messageId) {
                return RECEIVED;
            }
        };
    }

    @Test
    void anUploadIsAcceptedWithTheLocationOfItsProgress() {
        Response response = resource.upload("kl_to_1c.txt", "31", body("1CClientBankExchange"), uri());

        assertEquals(202, response.getStatus());
        assertEquals("http://localhost/crm/api/v1/finance/statements/42", response.getLocation().toString());
        assertEquals(RECEIVED, response.getEntity());
        assertEquals(List.of("kl_to_1c.txt: 1CClientBankExchange"), uploads);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedUnread() {
        assertThrows(PayloadTooLargeException.class, () -> resource.upload("big.txt",
                String.valueOf(Statements.MAX_BYTES + 1), body("1CClientBankExchange"), uri()));
        assertTrue(uploads.isEmpty());
    }

    @Test
    void withoutADeclaredLengthTheBoundaryCountsWhatArrives() {
        resource.upload("kl.txt", null, body("1CClientBankExchange"), uri());
        resource.upload("kl.txt", "chunked", null, uri());

        assertEquals(List.of("kl.txt: 1CClientBankExchange", "kl.txt: "), uploads);
    }

    private static InputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Only the absolute path builder is asked for. */
    private static UriInfo uri() {
        return (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAbsolutePathBuilder" -> UriBuilder.fromUri("http://localhost/crm/api/v1/finance/statements");
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
