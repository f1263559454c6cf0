package ru.erp.crm.integration.onec.documents;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.CommerceMlReader;
import ru.erp.crm.integration.onec.commerceml.ElementPath;
import ru.erp.crm.sales.boundary.OneCDocument;

/**
 * Streams the documents of a CommerceML file (2.03 to 2.10 and 3.x), one {@link DocumentElement}
 * per {@code Документ}, in document order: a {@code Документ} directly below the root (2.x) or
 * inside a {@code Контейнер} (3.1, where 1C-Bitrix wraps an order with its payments and
 * shipments). A {@code ПодчиненныйДокумент} or anything deeper is part of its document, not one of
 * its own. Catalogue files simply yield nothing.
 *
 * <p>Each document becomes a {@link OneCDocument}: its kind from ХозОперация, its buyer (the
 * {@code Контрагент} with Роль «Покупатель», else the first), its lines, and the status 1C reports
 * in {@code ЗначенияРеквизитов}. A document without Ид, or with a value that is not what it should
 * be (a Сумма that is not a number, a date that is no date), comes out as
 * {@link DocumentElement.Unreadable} naming the field, and the rest of the file goes on.
 *
 * <p>Streaming, encoding, lazy format errors and closing behave as described in
 * {@link CommerceMlReader}; an unknown ВерсияСхемы fails at the root, as for the catalogue.
 */
public final class DocumentReader extends CommerceMlReader<DocumentElement> {

    private static final String DOCUMENT = "Документ";
    private static final String CONTAINER = "Контейнер";
    private static final Set<String> REPEATABLE = Set.of(CONTAINER, DOCUMENT);

    public DocumentReader(InputStream input) {
        super(input, REPEATABLE);
    }

    @Override
    protected DocumentElement elementStarted(XMLStreamReader xml, ElementPath path) throws XMLStreamException {
        if (!DOCUMENT.equals(xml.getLocalName())) {
            return null;
        }
        boolean topLevel = path.depth() == 2 || path.depth() == 3 && CONTAINER.equals(path.parentName());
        if (!topLevel) {
            return null;
        }
        String where = path.toString();
        return new DocumentParser(xml, where, "line " + xml.getLocation().getLineNumber() + ": " + where).parse();
    }
}
