package ru.erp.crm.integration.logistics;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.exchange.boundary.ChannelView;
import ru.erp.crm.exchange.boundary.Channels;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;

/** Channels for the logistics tests: one LOGISTICS_QUEUE channel, enabled until a test disables it. */
class LogisticsChannels extends Channels {

    static final String CODE = "logistics";
    static final String QUEUE = "CrmShipmentRequests";

    private volatile boolean enabled = true;

    void disable() {
        enabled = false;
    }

    @Override
    public List<ChannelView> enabledOfKind(ChannelKind kind) {
        if (kind != ChannelKind.LOGISTICS_QUEUE || !enabled) {
            return List.of();
        }
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        return List.of(new ChannelView(3L, CODE, "Логистика", kind, true, 1, null, "UTF-8", null, false, null, QUEUE,
                CatalogueMode.FILE_DECIDES, 1, false, null, List.of(), created, created, 0));
    }
}
