package ru.erp.crm.integration.channels;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.IncomingMessage;
import ru.erp.crm.exchange.boundary.MessageKinds;
import ru.erp.crm.exchange.entity.MessageDirection;
import ru.erp.crm.integration.onec.catalog.CatalogueFiles;

/**
 * The route template of FOLDER_DROP channels: CommerceML catalogue files (import, offers, prices,
 * rests) that 1C or an administrator drops into the channel's folder are journaled, then applied
 * by the catalogue route exactly as files from the site exchange are. Files are taken in name
 * order, which is the order 1C names them in (import before offers before prices and rests).
 * A file that is not a catalogue file goes to {@code .failed/} with a {@code .reason.txt}.
 * {@link ChannelRouteSupervisor} instantiates one route per enabled channel.
 */
@Dependent
public class FolderDropRoutes extends RouteBuilder {

    public static final String TEMPLATE = "folder-drop";
    static final String CHANNEL = "channel";
    static final String FOLDER = "folder";
    static final String DELAY = "delayMillis";
    private static final Logger LOG = Logger.getLogger(FolderDropRoutes.class.getName());

    @EJB
    ExchangeJournal journal;

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter(CHANNEL)
                .templateParameter(FOLDER)
                .templateParameter(DELAY)
                .from("file:{{" + FOLDER + "}}?include=(?i).*\\.xml&sortBy=file:name&initialDelay=500&delay={{" + DELAY + "}}"
                        + "&readLock=changed&readLockMinAge=1000"
                        + "&move=.done/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml"
                        + "&moveFailed=.failed/${file:name.noext.single}-${date:now:yyyyMMddHHmmssSSS}.xml")
                .onException(Exception.class)
                    .handled(false)
                    .process(FolderDropRoutes::writeReasonBesideFailedFile)
                .end()
                .setHeader(CHANNEL, constant("{{" + CHANNEL + "}}"))
                .process(this::journalFile);
    }

    void journalFile(Exchange exchange) throws IOException {
        Path file = exchange.getIn().getBody(File.class).toPath();
        String channel = exchange.getIn().getHeader(CHANNEL, String.class);
        String name = file.getFileName().toString();
        CatalogueFiles.Kind kind = CatalogueFiles.kindOf(file)
                .filter(k -> k != CatalogueFiles.Kind.ORDERS)
                .orElseThrow(() -> new IllegalArgumentException(name + " is not a CommerceML catalogue file "
                        + "(import, offers, prices or rests); a folder channel takes only those"));
        long id = journal.receive(new IncomingMessage(channel, MessageDirection.IN, MessageKinds.ONE_C_CATALOG, name,
                null, file));
        LOG.info(() -> channel + ": " + name + " (" + kind + ") journaled as message " + id);
    }

    private static void writeReasonBesideFailedFile(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String parent = exchange.getIn().getHeader(Exchange.FILE_PARENT, String.class);
        String source = exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (parent == null || source == null || cause == null) {
            return;
        }
        try {
            Path failed = Path.of(parent, ".failed");
            Files.createDirectories(failed);
            Files.writeString(failed.resolve(source + ".reason.txt"), cause.getMessage() + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning(() -> "Could not write the failure reason of " + source + ": " + e.getMessage());
        }
    }
}
