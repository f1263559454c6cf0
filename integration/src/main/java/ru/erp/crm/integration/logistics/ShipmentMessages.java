package ru.erp.crm.integration.logistics;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import ru.erp.crm.integration.onec.commerceml.SecureXmlInput;
import ru.erp.crm.sales.boundary.ShipmentRequest;
import ru.erp.crm.sales.boundary.ShipmentStatusUpdate;

/**
 * Reads and writes the logistics messages of {@code xsd/logistics/shipment-1.0.xsd}, always
 * against the schema: a request that does not fit it is never sent, and a status that does not
 * fit it is refused with the line, column and element of the first problem. Thread-safe; the JAXB
 * context and the compiled schema are built once.
 */
public final class ShipmentMessages {

    public static final String NAMESPACE = "urn:erp-crm:logistics:shipment:1.0";
    static final String SCHEMA_RESOURCE = "/xsd/logistics/shipment-1.0.xsd";

    private static final Pattern ERROR_CODE = Pattern.compile("^cvc-[\\w.-]+: ");
    private static final Pattern QUALIFIED = Pattern.compile("\"" + Pattern.quote(NAMESPACE) + "\":");
    private static final Pattern BRACED = Pattern.compile("'\\{([^}]*)}'");

    private ShipmentMessages() {
    }

    /** The compiled schema, for whoever wants to check a message the same way. */
    public static Schema schema() {
        return Binding.SCHEMA;
    }

    /**
     * The request as a UTF-8 XML document valid against the schema.
     *
     * @throws IllegalArgumentException when the request does not fit the schema (a missing
     *         address, an INN of the wrong length, no items), naming every problem
     */
    public static byte[] requestXml(ShipmentRequest request) {
        ShipmentRequestXml xml = ShipmentMapping.toXml(request);
        List<String> problems = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Marshaller marshaller = Binding.CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
            marshaller.setSchema(Binding.SCHEMA);
            marshaller.setEventHandler(event -> {
                problems.add(clean(event.getMessage()));
                return true;
            });
            marshaller.marshal(xml, out);
        } catch (JAXBException e) {
            if (problems.isEmpty()) {
                throw new IllegalStateException("Cannot write shipment request " + request.requestId(), e);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Shipment request " + request.requestId() + " does not fit "
                    + "shipment-1.0.xsd: " + String.join("; ", problems));
        }
        return out.toByteArray();
    }

    /**
     * Reads a {@code ShipmentStatus} document, validated against the schema.
     *
     * @throws ShipmentMessageException when the input is not XML, not valid, or another message
     */
    public static ShipmentStatusUpdate readStatus(InputStream in) {
        Object read = read(in);
        if (read instanceof ShipmentStatusXml status) {
            return ShipmentMapping.toUpdate(status);
        }
        String root = read.getClass().getSimpleName().replace("Xml", "");
        throw new ShipmentMessageException("Expected a ShipmentStatus message, found " + root, -1, -1, root, null);
    }

    /**
     * The {@code messageId} of a status message, read without the schema: it is the idempotency
     * key of a message even when the rest of it is wrong. Empty when the text is not a
     * ShipmentStatus that starts with a usable messageId.
     */
    public static Optional<String> statusMessageId(String xml) {
        if (xml == null) {
            return Optional.empty();
        }
        try {
            XMLStreamReader reader = SecureXmlInput.newFactory().createXMLStreamReader(new StringReader(xml));
            try {
                if (!nextElementIs(reader, "ShipmentStatus") || !nextElementIs(reader, "messageId")) {
                    return Optional.empty();
                }
                String id = reader.getElementText().strip();
                return id.isEmpty() || id.length() > 128 || id.chars().anyMatch(Character::isWhitespace)
                        ? Optional.empty() : Optional.of(id);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    private static boolean nextElementIs(XMLStreamReader reader, String localName) throws XMLStreamException {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return localName.equals(reader.getLocalName()) && NAMESPACE.equals(reader.getNamespaceURI());
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        return false;
    }

    /** Parses, validates and binds in one pass: SAX parser → element trail → schema validator → JAXB. */
    private static Object read(InputStream in) {
        ElementTrail trail;
        try {
            trail = new ElementTrail(Binding.parser());
            ValidatorHandler validator = Binding.SCHEMA.newValidatorHandler();
            validator.setErrorHandler(trail);
            UnmarshallerHandler binder = Binding.CONTEXT.createUnmarshaller().getUnmarshallerHandler();
            validator.setContentHandler(binder);
            trail.setContentHandler(validator);
            try {
                trail.parse(new InputSource(in));
            } catch (SAXException e) {
                throw malformed(trail, e);
            }
            return binder.getResult();
        } catch (JAXBException e) {
            throw new ShipmentMessageException("Cannot bind the shipment message: " + e, -1, -1, null, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipment message", e);
        }
    }

    private static ShipmentMessageException malformed(ElementTrail trail, SAXException cause) {
        SAXParseException problem = trail.problem() != null ? trail.problem()
                : cause instanceof SAXParseException parse ? parse : null;
        String detail = clean(problem == null ? String.valueOf(cause.getMessage()) : problem.getMessage());
        int line = problem == null ? -1 : problem.getLineNumber();
        int column = problem == null ? -1 : problem.getColumnNumber();
        String element = trail.problemElement();
        String where = line > 0 ? " at line " + line + ", column " + column : "";
        String what = element == null ? "" : " (" + element + ")";
        return new ShipmentMessageException("Invalid shipment message" + where + what + ": " + detail,
                line, column, element, cause);
    }

    /** The validator's message without its rule code and with plain element names. */
    static String clean(String message) {
        String plain = ERROR_CODE.matcher(message == null ? "" : message.strip()).replaceFirst("");
        plain = QUALIFIED.matcher(plain).replaceAll("");
        return BRACED.matcher(plain).replaceAll("'$1'");
    }

    /** Built on first use: the context and the schema take a moment, and every message needs both. */
    private static final class Binding {

        static final JAXBContext CONTEXT = context();
        static final Schema SCHEMA = schema();

        private static JAXBContext context() {
            try {
                return JAXBContext.newInstance(ShipmentRequestXml.class, ShipmentStatusXml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("Cannot bind the logistics messages", e);
            }
        }

        private static Schema schema() {
            URL xsd = ShipmentMessages.class.getResource(SCHEMA_RESOURCE);
            if (xsd == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            try {
                // The JDK's own implementation, whatever the server ships: its messages and limits are the tested ones.
                SchemaFactory factory = SchemaFactory.newDefaultInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("Cannot compile " + SCHEMA_RESOURCE, e);
            }
        }

        /** A namespace-aware parser that refuses DTDs: the messages need none, and they are the door for XXE. */
        static XMLReader parser() {
            try {
                SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
                factory.setNamespaceAware(true);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newSAXParser().getXMLReader();
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot create an XML parser", e);
            }
        }
    }
}
