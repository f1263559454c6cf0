package ru.erp.crm.exchange.boundary;

import java.util.List;
import java.util.Locale;
import ru.erp.crm.exchange.control.ConnectionProbe.Finding;
import ru.erp.crm.platform.i18n.Texts;

/**
 * What could be checked of a channel from the server, in the administrator's language:
 * {@code ok} when every finding is good.
 */
public record ConnectionCheck(boolean ok, List<String> findings) {

    public ConnectionCheck {
        findings = List.copyOf(findings);
    }

    static ConnectionCheck of(List<Finding> findings, Locale locale) {
        return new ConnectionCheck(findings.stream().allMatch(Finding::good),
                findings.stream().map(f -> Texts.text(f.messageKey(), f.arguments(), locale)).toList());
    }
}
