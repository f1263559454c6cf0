package ru.erp.crm.platform.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import ru.erp.crm.platform.problem.RuleViolationException;

/**
 * A plain-text letter with one attached document, sent through the configured SMTP server. A
 * server that is not configured or refuses the letter is a rule violation naming the reason, so
 * the business call that wanted to send it changes nothing.
 */
public record MailWithAttachment(String to, String subject, String text, String fileName, String contentType,
                                 byte[] content) {

    public void send(MailSettings settings) {
        if (!settings.enabled()) {
            throw new RuleViolationException("crm.rule.mail.notConfigured");
        }
        try {
            MimeMessage message = new MimeMessage(settings.session());
            message.setFrom(new InternetAddress(settings.from()));
            message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
            attachment.setFileName(fileName);
            message.setContent(new MimeMultipart(body, attachment));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new RuleViolationException("crm.rule.mail.failed", String.valueOf(e.getMessage()));
        }
    }
}
