package ru.erp.crm.exchange.control;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ru.erp.crm.exchange.entity.ExchangeChannel;

/**
 * Checks what can be checked of a channel from this server without a partner on the other end:
 * 1C calls us, so for a 1C site only our side can be seen; a JMS queue is looked up by the route
 * that uses it, so here only its name.
 */
public final class ConnectionProbe {

    /** Where 1C is pointed: the 1C site-exchange servlet of crm-web under the application's context root. */
    public static final String SITE_EXCHANGE_PATH = "/crm/exchange/1c";

    private ConnectionProbe() {
    }

    /** One thing found, good or bad, as a message key of the {@code ValidationMessages} bundle. */
    public record Finding(boolean good, String messageKey, List<Object> arguments) {

        public Finding {
            arguments = List.copyOf(arguments);
        }

        static Finding passed(String messageKey, Object... arguments) {
            return new Finding(true, messageKey, List.of(arguments));
        }

        static Finding failed(String messageKey, Object... arguments) {
            return new Finding(false, messageKey, List.of(arguments));
        }
    }

    public static List<Finding> probe(ExchangeChannel channel) {
        if (channel.kind().needsCredentials()) {
            return site(channel);
        }
        if (channel.kind().needsFolder()) {
            return folder(channel.folder());
        }
        return List.of(channel.queueName() == null
                ? Finding.failed("crm.check.queue.notSet")
                : Finding.passed("crm.check.queue.set", channel.queueName()));
    }

    private static List<Finding> site(ExchangeChannel channel) {
        List<Finding> findings = new ArrayList<>();
        findings.add(channel.login() != null && channel.passwordSet()
                ? Finding.passed("crm.check.site.credentials", channel.login())
                : Finding.failed("crm.check.site.noCredentials"));
        findings.add(channel.isEnabled()
                ? Finding.passed("crm.check.channel.enabled")
                : Finding.failed("crm.check.channel.disabled"));
        findings.add(Finding.passed("crm.check.site.endpoint", SITE_EXCHANGE_PATH));
        return findings;
    }

    /** Files are read from the folder and then moved aside (done, failed), so it must be writable too. */
    static List<Finding> folder(String folder) {
        if (folder == null) {
            return List.of(Finding.failed("crm.check.folder.notSet"));
        }
        Path path;
        try {
            path = Path.of(folder).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return List.of(Finding.failed("crm.check.folder.invalid", folder));
        }
        if (!Files.exists(path)) {
            return List.of(Finding.failed("crm.check.folder.missing", path.toString()));
        }
        if (!Files.isDirectory(path)) {
            return List.of(Finding.failed("crm.check.folder.notDirectory", path.toString()));
        }
        return List.of(
                Files.isReadable(path)
                        ? Finding.passed("crm.check.folder.readable", path.toString())
                        : Finding.failed("crm.check.folder.notReadable", path.toString()),
                Files.isWritable(path)
                        ? Finding.passed("crm.check.folder.writable", path.toString())
                        : Finding.failed("crm.check.folder.notWritable", path.toString()));
    }
}
