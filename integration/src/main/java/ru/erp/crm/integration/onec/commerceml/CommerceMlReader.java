package ru.erp.crm.integration.onec.commerceml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the items of one kind out of a CommerceML file, one at a time; subclasses say which
 * elements make an item. This class owns what every CommerceML reader must get right the same
 * way: the secure parser, the root check, lazy errors with line and column, and closing.
 *
 * <p>Only the current element chain and the item being read are held in memory. The XML
 * declaration decides the encoding (1C writes windows-1251 as well as UTF-8 with or without BOM),
 * so pass the raw bytes, not a decoded stream. Elements are matched by local name only: the same
 * vocabulary comes without a namespace and in three different ones.
 *
 * <p>Errors surface lazily: {@link #hasNext()} and {@link #next()} throw
 * {@link CommerceMlFormatException} only when parsing reaches the damaged place, so the items
 * returned before stay valid. After a failure every further call throws the same exception.
 * An {@link UncheckedIOException} means the input itself could not be read.
 *
 * <p>Not thread-safe. {@link #close()} also closes the input stream, because closing an
 * {@link XMLStreamReader} leaves its source open.
 *
 * @param <T> what the reader yields
 */
public abstract class CommerceMlReader<T> implements Iterator<T>, AutoCloseable {

    public static final String ROOT = "КоммерческаяИнформация";

    /** 2.03 to 2.10 as 1C and 1C-Bitrix write them ("2.10", never "2.1"), and the 3.x line. */
    private static final Pattern KNOWN_VERSIONS = Pattern.compile("2\\.0\\d|2\\.10|3\\.\\d+");

    /** The JDK parser words its messages as "ParseError at [row,col]:[l,c]\nMessage: text"; position is reported separately. */
    private static final String JDK_MESSAGE_MARKER = "Message: ";

    private final InputStream input;
    private final ElementPath path;
    private XMLStreamReader xml;
    private T pending;
    private RuntimeException failure;
    private boolean exhausted;
    private String schemaVersion;

    /**
     * @param repeatable elements that always show their position in {@link ElementPath} renderings
     */
    protected CommerceMlReader(InputStream input, Set<String> repeatable) {
        this.input = Objects.requireNonNull(input, "input");
        this.path = new ElementPath(repeatable);
    }

    /**
     * Called for every start tag below the root; {@code path} already ends with it. The subclass
     * either leaves the parser on this start tag (the walk then goes on into the element) or
     * consumes the element up to and including its end tag, e.g. with {@link XmlText#readText}; the
     * walk tells the two apart by the parser's current event.
     *
     * @return the next item, or null when this element does not complete one
     */
    protected abstract T elementStarted(XMLStreamReader xml, ElementPath path) throws XMLStreamException;

    /**
     * Called for every end tag below the root of an element that {@link #elementStarted} did not
     * consume; {@code path} still ends with the element.
     *
     * @return the next item, or null when this end tag does not complete one
     */
    protected T elementEnded(ElementPath path) {
        return null;
    }

    /** The root's ВерсияСхемы, once the root has been read; null before that or when 1C omitted it. */
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public final boolean hasNext() {
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
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more items in the CommerceML document");
        }
        T item = pending;
        pending = null;
        return item;
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

    /** Parses on until the next item has been read completely, or the document ends (null). */
    private T advance() throws XMLStreamException {
        if (xml == null) {
            // Created here rather than in the constructor: even the prolog is parsed on first use,
            // so a broken file fails from hasNext() like every other format error.
            xml = SecureXmlInput.newFactory().createXMLStreamReader(input);
        }
        while (xml.hasNext()) {
            T item = switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> started();
                case XMLStreamConstants.END_ELEMENT -> ended();
                case XMLStreamConstants.DTD -> throw formatError(
                        "DOCTYPE is not allowed in CommerceML (1C never writes one)", xml.getLocation());
                default -> null; // text between items, comments, processing instructions: not needed
            };
            if (item != null) {
                return item;
            }
        }
        // Reaching END_DOCUMENT means the parser has checked the whole file, trailing part included.
        exhausted = true;
        return null;
    }

    private T started() throws XMLStreamException {
        path.enter(xml.getLocalName());
        if (path.depth() == 1) {
            checkRoot();
            return null;
        }
        T item = elementStarted(xml, path);
        if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
            path.leave();
        }
        return item;
    }

    private T ended() {
        T item = path.depth() > 1 ? elementEnded(path) : null;
        path.leave();
        return item;
    }

    private void checkRoot() {
        String element = xml.getLocalName();
        if (!ROOT.equals(element)) {
            throw formatError("not a CommerceML document: root element is <" + element
                    + ">, expected <" + ROOT + ">", xml.getLocation());
        }
        schemaVersion = XmlText.attribute(xml, "ВерсияСхемы");
        if (schemaVersion != null && !KNOWN_VERSIONS.matcher(schemaVersion).matches()) {
            throw formatError("unsupported CommerceML version ВерсияСхемы=\"" + schemaVersion
                    + "\": this reader knows 2.03 to 2.10 and 3.x", xml.getLocation());
        }
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
