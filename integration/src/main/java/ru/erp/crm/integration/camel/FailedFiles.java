package ru.erp.crm.integration.camel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.camel.Exchange;

/**
 * The folder routes move a file they could not take to {@code .failed/}; this writes why beside
 * it ({@code <name>.reason.txt}), so whoever looks into the folder sees the reason without the
 * journal: the exception, and where in the file when the file itself is malformed.
 */
public final class FailedFiles {

    private static final Logger LOG = Logger.getLogger(FailedFiles.class.getName());

    private FailedFiles() {
    }

    /** Meant as an onException processor of a file route (the file's headers and the caught exception are set). */
    public static void writeReason(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
        String source = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (parent == null || source == null || cause == null) {
            return;
        }
        String position = cause instanceof MalformedMessageException malformed ? " (" + malformed.position() + ")" : "";
        try {
            Path failed = Path.of(parent, ".failed");
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(source + ".reason.txt"),
                    cause.getClass().getSimpleName() + ": " + cause.getMessage() + position + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning(() -> "Could not write the failure reason of " + source + ": " + e.getMessage());
        }
    }
}
