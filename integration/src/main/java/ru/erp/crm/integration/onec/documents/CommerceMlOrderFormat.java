package ru.erp.crm.integration.onec.documents;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;
import ru.erp.crm.exchange.boundary.SiteOrderFormat;
import ru.erp.crm.sales.boundary.OrderDocument;

/**
 * The site-exchange servlet's way to the CommerceML format: answers {@code type=sale&mode=query}
 * with {@link OrderDocumentWriter}, in the server's time zone (the one 1C-Bitrix would use). A
 * null charset means windows-1251, what 1C expects from a site unless the channel says UTF-8.
 * Writing touches no transaction and no database.
 */
@Stateless
@Local(SiteOrderFormat.class)
public class CommerceMlOrderFormat implements SiteOrderFormat {

    private final OrderDocumentWriter writer = new OrderDocumentWriter(Clock.systemDefaultZone());

    @Override
    public void write(List<OrderDocument> orders, Charset charset, OutputStream out) throws IOException {
        writer.write(orders, charset, out);
    }
}
