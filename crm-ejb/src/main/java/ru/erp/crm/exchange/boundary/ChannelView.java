package ru.erp.crm.exchange.boundary;

import java.time.Instant;
import java.util.List;
import ru.erp.crm.exchange.entity.CatalogueMode;
import ru.erp.crm.exchange.entity.ChannelKind;
import ru.erp.crm.exchange.entity.ExchangeChannel;
import ru.erp.crm.exchange.entity.MappingDetails;

/**
 * A channel as administrators and routes see it. Holds no secret: only whether a password is
 * set. {@code runRequestedAt} is the last "run now"; a route runs again when it is later than
 * the route's own last run.
 */
public record ChannelView(Long id, String code, String name, ChannelKind kind, boolean enabled,
                          int pollIntervalSeconds, String schedule, String encoding, String login,
                          boolean passwordSet, String folder, String queueName, CatalogueMode catalogueMode,
                          long fileLimitBytes, boolean zipAllowed, Instant runRequestedAt,
                          List<MappingDetails> mappings, Instant createdAt, Instant updatedAt, long version) {

    public static ChannelView of(ExchangeChannel channel) {
        return new ChannelView(channel.id(), channel.code(), channel.name(), channel.kind(), channel.isEnabled(),
                channel.pollIntervalSeconds(), channel.schedule(), channel.encoding(), channel.login(),
                channel.passwordSet(), channel.folder(), channel.queueName(), channel.catalogueMode(),
                channel.fileLimitBytes(), channel.zipAllowed(), channel.runRequestedAt().orElse(null),
                channel.mappings(), channel.createdAt(), channel.updatedAt(), channel.version());
    }
}
