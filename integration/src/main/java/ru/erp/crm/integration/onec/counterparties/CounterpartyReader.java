package ru.erp.crm.integration.onec.counterparties;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.CommerceMlReader;
import ru.erp.crm.integration.onec.commerceml.ElementPath;

/**
 * Streams the counterparties of a CommerceML file, one {@link CounterpartyRecord} at a time.
 *
 * <p>Yields every {@code Контрагент} that is a child of a {@code Контрагенты} element, wherever that
 * sits: {@code КоммерческаяИнформация/Контрагенты} (catalogue-level exchange),
 * {@code Документ/Контрагенты} (orders) or {@code Контейнер/Документ/Контрагенты} (CommerceML 3).
 * A {@code Контрагент} inside another counterparty's {@code Представители} is a contact person of
 * that counterparty, not a counterparty, and is not yielded. The catalogue owner ({@code Владелец})
 * is the exporting company itself and is not yielded either.
 *
 * <p>Streaming, encoding, lazy errors and closing behave as described in {@link CommerceMlReader}.
 */
public final class CounterpartyReader extends CommerceMlReader<CounterpartyRecord> {

    private static final String COUNTERPARTIES = "Контрагенты";
    private static final String COUNTERPARTY = "Контрагент";

    /** Elements the schema lets repeat on the way to a counterparty. */
    private static final Set<String> REPEATABLE =
            Set.of("Документ", "Контейнер", "ПодчиненныйДокумент", COUNTERPARTY);

    public CounterpartyReader(InputStream input) {
        super(input, REPEATABLE);
    }

    @Override
    protected CounterpartyRecord elementStarted(XMLStreamReader xml, ElementPath path) throws XMLStreamException {
        if (COUNTERPARTY.equals(xml.getLocalName()) && COUNTERPARTIES.equals(path.parentName())) {
            return new CounterpartyElementParser(xml, xml.getLocation().getLineNumber(), path.toString()).parse();
        }
        return null;
    }
}
