package ru.erp.crm.exchange.ui;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import ru.erp.crm.exchange.boundary.ElementErrorView;
import ru.erp.crm.exchange.boundary.ExchangeJournal;
import ru.erp.crm.exchange.boundary.MessageDetails;
import ru.erp.crm.exchange.entity.MessageStatus;
import ru.erp.crm.exchange.rest.ContentDisposition;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.platform.ui.PagedTable;

/**
 * A journaled message's card: why it ended as it did, its element errors page by page, its
 * payload for download, replaying it and resolving it when it is a dead letter.
 */
@Named
@ViewScoped
public class MessageCard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String OCTET_STREAM = "application/octet-stream";

    @EJB
    transient ExchangeJournal journal;

    private Long id;
    private MessageDetails message;
    private String comment;
    /** The element errors of the message, one page per load. */
    private final PagedTable<ElementErrorView> errors = new PagedTable<>(page -> journal.errors(id, page));

    /** Loads the message named by the id parameter; an unknown one is a 404. */
    public void load() throws IOException {
        Optional<MessageDetails> found = id == null ? Optional.empty() : journal.details(id);
        if (found.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        message = found.get();
    }

    /**
     * Streams the payload as a file under its source name. The REST API's download link would
     * not do: the API authenticates with HTTP Basic only, never with the pages' session.
     */
    public void download() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(OCTET_STREAM);
        external.setResponseHeader("Content-Disposition", ContentDisposition.attachment(message.sourceName()));
        external.setResponseHeader("Content-Length", String.valueOf(message.payloadSize()));
        try {
            journal.writePayloadTo(id, external.getResponseOutputStream());
        } catch (RecordNotFoundException e) {
            // purged since the card was shown: nothing was written, so the page can still say so
            external.responseReset();
            Notices.error("message.payloadGone");
            return;
        }
        faces.responseComplete();
    }

    /** Runs the message again and shows the new one, which waits for its route. */
    public String replay() {
        try {
            long replayId = journal.replay(List.of(id)).get(0);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Notices.info("journal.replayedOne");
            return "exchange-message?faces-redirect=true&id=" + replayId;
        } catch (RuntimeException e) {
            Notices.problem(e);
            return null;
        }
    }

    /** Records that someone dealt with the dead letter by hand, as the comment says. */
    public String resolve() {
        try {
            journal.resolve(id, comment);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Notices.info("message.resolved");
            return "exchange-message?faces-redirect=true&id=" + id;
        } catch (RuntimeException e) {
            Notices.problem(e);
            return null;
        }
    }

    /** Only finished messages that no replay superseded yet may run again. */
    public boolean isReplayable() {
        return message != null && message.status().isFinished() && message.status() != MessageStatus.REPLAYED;
    }

    public boolean isResolvable() {
        return message != null && message.status() == MessageStatus.DEAD_LETTERED && message.resolvedAt() == null;
    }

    public LazyDataModel<ElementErrorView> getErrors() {
        return errors;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MessageDetails getMessage() { return message; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
