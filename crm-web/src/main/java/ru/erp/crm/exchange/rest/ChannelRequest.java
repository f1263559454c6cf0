package ru.erp.crm.exchange.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.erp.crm.exchange.boundary.ChannelDraft;
import ru.erp.crm.exchange.entity.MappingDetails;

/**
 * The JSON body of creating or replacing a channel; {@code version} is required to replace.
 * The password is only ever written: answers say {@code passwordSet} instead.
 */
public record ChannelRequest(
        @Schema(description = "Lower-case letters, digits and inner hyphens; fixed once created", example = "1c-site")
        String code,
        String name,
        @Schema(enumeration = {"ONE_C_SITE", "FOLDER_DROP", "BANK_STATEMENTS", "LOGISTICS_QUEUE", "OUTBOUND_ORDERS"})
        String kind,
        @Schema(description = "Default 60") Integer pollIntervalSeconds,
        @Schema(description = "Folder channels: optional Quartz cron expression (6 or 7 fields, seconds first, ? in "
                + "day-of-month or day-of-week; the server's time zone). When set, the folder is read at its times "
                + "instead of every poll interval; blank means none", example = "0 0/15 8-20 ? * MON-FRI")
        String schedule,
        @Schema(enumeration = {"UTF-8", "windows-1251"}, description = "Default UTF-8") String encoding,
        @Schema(description = "The login 1C uses (ONE_C_SITE); blank removes the credentials") String login,
        @Schema(writeOnly = true, description = "At least 8 characters; left out or blank keeps the stored password")
        String password,
        @Schema(description = "FOLDER_DROP and BANK_STATEMENTS") String folder,
        @Schema(description = "LOGISTICS_QUEUE and OUTBOUND_ORDERS") String queueName,
        @Schema(enumeration = {"FILE_DECIDES", "ALWAYS_PARTIAL"}, description = "Default FILE_DECIDES") String catalogueMode,
        @Schema(description = "Default 10 MB") Long fileLimitBytes,
        Boolean zipAllowed,
        List<MappingDetails> mappings,
        @Schema(description = "Required to replace a channel: the version that was read") Long version) {

    ChannelDraft toDraft() {
        return new ChannelDraft(code, name, kind, pollIntervalSeconds, schedule, encoding, login,
                password == null ? null : password.toCharArray(), folder, queueName, catalogueMode, fileLimitBytes,
                zipAllowed, mappings);
    }

    /** Never the password: requests end up in logs and debuggers. */
    @Override
    public String toString() {
        return "ChannelRequest[code=" + code + ", kind=" + kind + ", login=" + login + ", version=" + version + "]";
    }
}
