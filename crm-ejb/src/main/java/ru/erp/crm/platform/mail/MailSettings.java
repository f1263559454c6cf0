package ru.erp.crm.platform.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where outgoing mail goes: an SMTP server configured by system properties {@code crm.mail.host},
 * {@code crm.mail.port} (25), {@code crm.mail.from}, {@code crm.mail.tls} (false: STARTTLS when
 * true), {@code crm.mail.user} and {@code crm.mail.password}, or the environment variables
 * {@code CRM_MAIL_HOST} and so on. Without a host mail is off: nothing is sent to a default
 * localhost:25 an installation never asked for.
 */
public record MailSettings(String host, int port, String from, boolean tls, String user, String password) {

    public static final int DEFAULT_PORT = 25;
    public static final String DEFAULT_FROM = "crm@localhost";

    public static MailSettings fromEnvironment() {
        return configured(key -> {
            String property = System.getProperty("crm.mail." + key);
            return property != null ? property : System.getenv("CRM_MAIL_" + key.toUpperCase());
        });
    }

    static MailSettings configured(UnaryOperator<String> setting) {
        String port = setting.apply("port");
        String from = setting.apply("from");
        return new MailSettings(blankToNull(setting.apply("host")),
                port == null || port.isBlank() ? DEFAULT_PORT : Integer.parseInt(port.strip()),
                from == null || from.isBlank() ? DEFAULT_FROM : from.strip(),
                Boolean.parseBoolean(setting.apply("tls")), blankToNull(setting.apply("user")), setting.apply("password"));
    }

    public boolean enabled() {
        return host != null;
    }

    /** A Jakarta Mail session for these settings; authenticates when a user is set. */
    public Session session() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(tls));
        properties.put("mail.smtp.starttls.required", String.valueOf(tls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        if (user == null) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user, password);
            }
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
