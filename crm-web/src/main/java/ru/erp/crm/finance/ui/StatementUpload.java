package ru.erp.crm.finance.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import ru.erp.crm.finance.boundary.StatementProgress;
import ru.erp.crm.finance.boundary.Statements;
import ru.erp.crm.platform.ui.Notices;

/**
 * Uploading a bank statement by hand: the file goes to the journal like one from the bank
 * channel's folder, and the page follows its message until the bank route has finished with it
 * ({@code message} names one to follow again after a reload).
 */
@Named
@ViewScoped
public class StatementUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Statements statements;

    private Long messageId;
    private String fileName;
    private StatementProgress progress;

    /** Follows the message a link names; one that is no bank statement shows the problem. */
    public void load() {
        if (messageId != null && progress == null) {
            refresh();
        }
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            accept(file.getFileName(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded " + file.getFileName(), e);
        }
    }

    void accept(String name, InputStream content) {
        try {
            long id = statements.upload(name, content);
            messageId = id;
            fileName = name;
            progress = statements.progress(id);
            Notices.info("upload.accepted");
        } catch (RuntimeException e) {
            Notices.problem(e);
        }
    }

    /** Called by the page's poll while the statement is being applied. */
    public void refresh() {
        try {
            progress = statements.progress(messageId);
        } catch (RuntimeException e) {
            progress = null;
            Notices.problem(e);
        }
    }

    /** Journaled and not finished yet: the page keeps asking. */
    public boolean isWaiting() {
        return progress != null && !progress.finished();
    }

    public long getMaxBytes() {
        return Statements.MAX_BYTES;
    }

    public Long getMessageId() { return messageId; }
    public void setMessageId(Long messageId) { this.messageId = messageId; }
    public String getFileName() { return fileName; }
    public StatementProgress getProgress() { return progress; }
}
