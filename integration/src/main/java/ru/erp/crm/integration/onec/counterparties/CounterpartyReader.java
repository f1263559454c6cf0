package ru.erp.crm.integration.onec.counterparties;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
 * <p>Only the current element chain and the counterparty being read are held in memory. The XML
 * declaration decides the encoding (1C writes windows-1251 as well as UTF-8 with or without BOM),
 * so pass the raw bytes, not a decoded stream.
 *
 * <p>Errors surface lazily: {@link #hasNext()} and {@link #next()} throw
 * {@link CommerceMlFormatException} only when parsing reaches the damaged place, so the records
 * returned before stay valid. After a failure every further call throws the same exception.
 * An {@link UncheckedIOException} means the input itself could not be read.
 *
 * <p>Not thread-safe. {@link #close()} also closes the input stream.
 */
public final class CounterpartyReader implements Iterator<CounterpartyRecord>, AutoCloseable {

    private static final String ROOT = "КоммерческаяИнформация";
    private static final String COUNTERPARTIES = "Контрагенты";
    private static final String COUNTERPARTY = "Контрагент";

    /** The JDK parser words its messages as "ParseError at [row,col]:[l,c]\nMessage: text"; position is reported separately. */
    private static final String JDK_MESSAGE_MARKER = "Message: ";

    private final InputStream input;
    private final ElementPath path = new ElementPath();
    private XMLStreamReader xml;
    private CounterpartyRecord pending;
    private RuntimeException failure;
    private boolean exhausted;

    public CounterpartyReader(InputStream input) {
        this.input = Objects.requireNonNull(input, "input");
    }

    @Override
    public boolean hasNext() {
        if (failure != null) {
            throw failure;
        }
        if (pending == null && !exhausted) {
            try {
                pending = advance();
            } catch (XMLStreamException e) {
                failure = translate(e);
                throw failure;
            } catch (CommerceMlFormatException e) {
                failure = e;
                throw e;
            }
        }
        return pending != null;
    }

    @Override
    public CounterpartyRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more counterparties in the CommerceML document");
        }
        CounterpartyRecord record = pending;
        pending = null;
        return record;
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("Could not close the CommerceML parser", e);
        } finally {
            input.close();
        }
    }

    /** Parses on until the next counterparty has been read completely, or the document ends (null). */
    private CounterpartyRecord advance() throws XMLStreamException {
        if (xml == null) {
            // Created here rather than in the constructor: even the prolog is parsed on first use,
            // so a broken file fails from hasNext() like every other format error.
            xml = newSecureFactory().createXMLStreamReader(input);
        }
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = xml.getLocalName();
                    path.enter(element);
                    if (path.depth() == 1 && !ROOT.equals(element)) {
                        throw formatError("not a CommerceML document: root element is <" + element
                                + ">, expected <" + ROOT + ">", xml.getLocation());
                    }
                    if (COUNTERPARTY.equals(element) && COUNTERPARTIES.equals(path.parentName())) {
                        CounterpartyRecord record = new CounterpartyElementParser(
                                xml, xml.getLocation().getLineNumber(), path.toString()).parse();
                        path.leave();
                        return record;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> path.leave();
                case XMLStreamConstants.DTD -> throw formatError(
                        "DOCTYPE is not allowed in CommerceML (1C never writes one)", xml.getLocation());
                default -> {
                    // text outside counterparties, comments, processing instructions: not needed
                }
            }
        }
        // Reaching END_DOCUMENT means the parser has checked the whole file, trailing part included.
        exhausted = true;
        return null;
    }

    /**
     * Uses the JDK's own StAX implementation even if the application server ships another one, so
     * encoding detection (BOM, windows-1251 declarations) and error positions behave as tested.
     * DTDs and external entities are switched off: CommerceML needs neither, and they are the
     * door for XXE and entity-expansion attacks.
     */
    private static XMLInputFactory newSecureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Namespace awareness makes getLocalName() drop prefixes, so cml:Контрагент matches too.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    private RuntimeException translate(XMLStreamException e) {
        Location location = e.getLocation() != null ? e.getLocation() : xml == null ? null : xml.getLocation();
        // An undecodable byte is a format error (wrong encoding declared); any other I/O failure is not.
        if (e.getNestedException() instanceof IOException io && !(io instanceof CharConversionException)) {
            return new UncheckedIOException("Could not read CommerceML input"
                    + (location == null ? "" : " at line " + location.getLineNumber()), io);
        }
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int marker = message.indexOf(JDK_MESSAGE_MARKER);
        String detail = marker < 0 ? message : message.substring(marker + JDK_MESSAGE_MARKER.length());
        if (e.getNestedException() instanceof CharConversionException) {
            // Typical for a windows-1251 file whose declaration says UTF-8: say so, not just "invalid byte".
            detail += " (the bytes do not match the encoding declared in the XML header)";
        }
        return formatError(detail, location, e);
    }

    private static CommerceMlFormatException formatError(String detail, Location location) {
        return formatError(detail, location, null);
    }

    private static CommerceMlFormatException formatError(String detail, Location location, Throwable cause) {
        return location == null
                ? new CommerceMlFormatException(detail, -1, -1, cause)
                : new CommerceMlFormatException(detail, location.getLineNumber(), location.getColumnNumber(), cause);
    }
}
