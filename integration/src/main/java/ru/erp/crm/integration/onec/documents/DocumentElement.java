package ru.erp.crm.integration.onec.documents;

import java.util.Objects;
import ru.erp.crm.sales.boundary.DocumentImportReport.DocumentFailure;
import ru.erp.crm.sales.boundary.OneCDocument;

/**
 * What {@link DocumentReader} yields for one {@code Документ}: the document, or the reason it
 * cannot be used. The sales boundary takes only readable documents, so the route applies those
 * and journals the unreadable ones itself as failures of the same batch.
 */
public sealed interface DocumentElement {

    /** Line and path of the {@code Документ}, e.g. {@code line 5: /КоммерческаяИнформация/Документ[1]}. */
    String position();

    /** A document that reached the end of its element with every value it carries understood. */
    record Readable(OneCDocument document) implements DocumentElement {

        public Readable {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String position() {
            return document.position();
        }
    }

    /**
     * A document without Ид or with a value that is not what it should be (a Сумма that is not a
     * number); {@code externalId} is null when the Ид is what is missing.
     */
    record Unreadable(String externalId, String reason, String position) implements DocumentElement {

        /** The refusal as the boundary reports its own, for the journal. */
        public DocumentFailure failure() {
            return new DocumentFailure(position, externalId, reason);
        }
    }
}
