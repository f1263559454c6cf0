package ru.erp.crm.integration.logistics;

import java.util.ArrayDeque;
import java.util.Deque;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Passes a document's events on to the schema validator and remembers which element they are in,
 * so a validation problem names the element it is about ({@code ShipmentStatus/status}) and not only
 * its line: the validator's own messages often quote just a value. The first error stops reading.
 */
final class ElementTrail extends XMLFilterImpl implements ErrorHandler {

    private final Deque<String> open = new ArrayDeque<>();
    private SAXParseException problem;
    private String problemElement;

    ElementTrail(XMLReader parser) {
        super(parser);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        open.addLast(localName);
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        // The validator checks an element's value at its end: the element is still open while it does.
        super.endElement(uri, localName, qName);
        open.removeLast();
    }

    @Override
    public void warning(SAXParseException exception) {
        // Warnings (e.g. about the schema itself) say nothing about the message.
    }

    @Override
    public void error(SAXParseException exception) throws SAXException {
        fatalError(exception);
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
        if (problem == null) {
            problem = exception;
            problemElement = open.isEmpty() ? null : String.join("/", open);
        }
        throw exception;
    }

    /** The first problem reported, or null. */
    SAXParseException problem() {
        return problem;
    }

    /** The element that was open when the first problem was reported, or null. */
    String problemElement() {
        return problemElement;
    }
}
