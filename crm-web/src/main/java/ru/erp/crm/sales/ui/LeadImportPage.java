package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.rest.Messages;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.ImportPreview;
import ru.erp.crm.sales.boundary.LeadImports;
import ru.erp.crm.sales.entity.ImportRowError;
import ru.erp.crm.sales.entity.LeadImportStatus;

/** Upload a file of leads, look at its preview with each row's errors and hints, then import the good rows. */
@Named
@ViewScoped
public class LeadImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient LeadImports imports;

    private ImportPreview preview;

    public void upload(FileUploadEvent event) {
        try {
            preview = imports.preview(event.getFile().getFileName(), event.getFile().getContent());
        } catch (InvalidRequestException refused) {
            preview = null;
            Notices.problem(refused);
        }
    }

    public void confirm() {
        try {
            preview = imports.confirm(preview.id());
            Notices.info("leadImport.imported");
        } catch (RecordNotFoundException gone) {
            Notices.problem(gone);
        }
    }

    /** "ИНН: ИНН должен состоять из 10 или 12 цифр" for each of a row's errors. */
    public String errorText(ImportRowError error) {
        List<Object> arguments = error.argument() == null ? List.of() : List.of(error.argument());
        return error.column() + ": " + Messages.text(error.messageKey(), arguments, Notices.locale());
    }

    public boolean isConfirmable() {
        return preview != null && preview.status() == LeadImportStatus.PREVIEW && preview.goodRows() > 0;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
