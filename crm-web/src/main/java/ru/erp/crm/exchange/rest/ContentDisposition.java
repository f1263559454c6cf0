package ru.erp.crm.exchange.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a downloaded payload under its source name. Source names
 * come from outside (1C file names, often Cyrillic, sometimes with a folder), so the header
 * carries a plain ASCII {@code filename} for old clients and the exact name as RFC 6266's
 * UTF-8 {@code filename*}. Public because the journal page streams payloads under the same header.
 */
public final class ContentDisposition {

    private static final String FALLBACK = "payload";

    private ContentDisposition() {
    }

    public static String attachment(String sourceName) {
        String name = fileName(sourceName);
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** The last part of a path-like name, without control characters; never blank. */
    private static String fileName(String sourceName) {
        if (sourceName == null) {
            return FALLBACK;
        }
        String name = sourceName.replaceAll("\\p{Cntrl}", "").strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? FALLBACK : name;
    }
}
