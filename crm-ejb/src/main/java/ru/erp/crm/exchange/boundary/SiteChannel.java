package ru.erp.crm.exchange.boundary;

import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ExchangeChannel;

/**
 * What the 1C site endpoint needs of its channel: the code to journal under, the encoding of the
 * files, and what to answer 1C's {@code init} with (file limit, zip).
 */
public record SiteChannel(long id, String code, String encoding, long fileLimitBytes, boolean zipAllowed,
                          CatalogueMode catalogueMode) {

    static SiteChannel of(ExchangeChannel channel) {
        return new SiteChannel(channel.id(), channel.code(), channel.encoding(), channel.fileLimitBytes(),
                channel.zipAllowed(), channel.catalogueMode());
    }
}
