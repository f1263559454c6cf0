package ru.erp.crm.exchange.boundary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;
import ru.erp.crm.sales.boundary.OrderDocument;

/**
 * Writes the answer to 1C's {@code type=sale&mode=query}: the orders as a CommerceML document in
 * the channel's encoding. The format lives in the integration module (which implements this as
 * an EJB); the site-exchange servlet only knows this interface.
 */
public interface SiteOrderFormat {

    void write(List<OrderDocument> orders, Charset charset, OutputStream out) throws IOException;
}
