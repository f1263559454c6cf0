package ru.erp.crm.exchange.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.boundary.SiteOrderFormat;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.boundary.OrderExchange;

/**
 * The orders half of 1C's site exchange ({@code type=sale}).
 * <ul>
 * <li>{@code mode=query}: the confirmed orders waiting for 1C, as CommerceML in the channel's
 * encoding. They are handed out under the session's token and journaled as one outbound message;
 * nothing is marked exported yet, so a query that 1C does not confirm hands them out again.</li>
 * <li>{@code mode=success}: 1C took them: the hand-out is confirmed and its journal message ends
 * APPLIED.</li>
 * <li>{@code mode=file}: 1C's documents (status changes of the CRM's orders, its own orders,
 * invoices, shipments). Chunks are appended; once the file is complete it is journaled (its
 * content hash is the idempotency key, so a file sent twice is journaled once) and a route applies
 * it. 1C gets {@code success} as soon as the file is safely journaled.</li>
 * </ul>
 */
@ApplicationScoped
public class SiteSales {

    /** At most this many orders in one answer; 1C asks again for the rest after its success. */
    static final int ORDERS_PER_QUERY = 500;
    private static final Logger LOG = Logger.getLogger(SiteSales.class.getName());

    @EJB
    OrderExchange orders;

    @EJB
    SiteOrderFormat format;

    @EJB
    ExchangeJournal journal;

    /** Writes the answer to {@code mode=query}. */
    public void query(ExchangeSession session, Charset charset, OutputStream out) throws IOException {
        List<OrderDocument> documents = orders.handOutToSite(session.token(), ORDERS_PER_QUERY);
        Path answer = Files.createTempFile("crm-sale-query-", ".xml");
        try {
            try (OutputStream file = Files.newOutputStream(answer)) {
                format.write(documents, charset, file);
            }
            if (!documents.isEmpty()) {
                long messageId = journal.receive(new IncomingMessage(session.channel().code(), MessageDirection.OUT,
                        MessageKinds.ONE_C_ORDERS, "orders-" + session.token() + ".xml", null, answer));
                session.handedOut(messageId, documents.size());
            }
            Files.copy(answer, out);
        } finally {
            Files.deleteIfExists(answer);
        }
        LOG.fine(() -> "1C sale query: " + documents.size() + " orders handed out");
    }

    /** {@code mode=success}: what this session handed out reached 1C. */
    public SiteAnswer confirm(ExchangeSession session) {
        int confirmed = orders.confirmSiteHandOut(session.token());
        for (ExchangeSession.HandOut handOut : session.takeHandOuts()) {
            journal.delivered(handOut.messageId(), handOut.orders());
        }
        return SiteAnswer.success(confirmed + " orders marked as exported to 1C");
    }

    /**
     * {@code mode=file}: appends the chunk; a complete file (an XML document whose root is closed,
     * or a readable zip archive) is journaled for the documents route.
     */
    public SiteAnswer receive(ExchangeSession session, String fileName, InputStream chunk) throws IOException {
        session.uploads().append(fileName, chunk);
        Path uploaded = session.uploads().resolve(fileName);
        if (!UploadCompleteness.isComplete(uploaded)) {
            return SiteAnswer.success("received part of " + fileName + ", waiting for the rest");
        }
        List<String> files = fileName.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? session.uploads().unpackArchives() : List.of(fileName);
        StringBuilder journaled = new StringBuilder();
        for (String name : files) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                long id = journal.receive(new IncomingMessage(session.channel().code(), MessageDirection.IN,
                        MessageKinds.ONE_C_DOCUMENTS, name, null, session.uploads().resolve(name)));
                session.remember(name, id);
                journaled.append(journaled.isEmpty() ? "" : ", ").append(name).append(" → journal message ").append(id);
            }
        }
        return SiteAnswer.success(journaled.isEmpty() ? "no documents in " + fileName : journaled.toString());
    }
}
