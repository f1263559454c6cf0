package ru.erp.crm.integration.onec.catalog;

import java.util.Optional;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.boundary.SiteChannel;
import ru.erp.crm.exchange.entity.CatalogueMode;

/** Channels for route tests: one enabled 1C site channel, whose catalogue mode a test may change. */
class FixedChannels extends Channels {

    private final String code;
    private volatile CatalogueMode mode = CatalogueMode.FILE_DECIDES;

    FixedChannels(String code) {
        this.code = code;
    }

    void catalogueMode(CatalogueMode mode) {
        this.mode = mode;
    }

    @Override
    public Optional<SiteChannel> siteChannel(String code) {
        return Optional.of(new SiteChannel(1, this.code, "UTF-8", 1_048_576, false, mode))
                .filter(site -> site.code().equals(code));
    }
}
