package ru.erp.crm.exchange.boundary;

import java.util.List;
import ru.erp.crm.exchange.entity.MappingDetails;

/**
 * A channel as an administrator describes it, before validation. {@code kind},
 * {@code encoding} and {@code catalogueMode} are names as typed; absent numbers, encoding, mode
 * and zip flag take the defaults of a new channel. A null or blank {@code password} keeps the
 * stored one; a blank {@code login} removes the credentials. The code cannot change once created:
 * on update it may be left out.
 */
public record ChannelDraft(String code, String name, String kind, Integer pollIntervalSeconds, String schedule,
                           String encoding, String login, char[] password, String folder, String queueName,
                           String catalogueMode, Long fileLimitBytes, Boolean zipAllowed,
                           List<MappingDetails> mappings) {

    public ChannelDraft {
        mappings = mappings == null ? List.of() : List.copyOf(mappings);
    }

    /** Whether the draft brings a new password (blank means "keep the stored one"). */
    public boolean hasPassword() {
        if (password == null) {
            return false;
        }
        for (char c : password) {
            if (!Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    /** Never the password, not even its length. */
    @Override
    public String toString() {
        return "ChannelDraft[code=" + code + ", kind=" + kind + ", login=" + login + ", password="
                + (hasPassword() ? "(new)" : "(kept)") + "]";
    }
}
