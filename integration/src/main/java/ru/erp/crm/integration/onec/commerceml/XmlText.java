package ru.erp.crm.integration.onec.commerceml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Values as CommerceML readers want them: stripped, and null for "not sent". 1C pads
 * fixed-width values (a 9-digit КПП plus a space, {@code Код="796 "}) and writes empty elements
 * such as {@code <Описание/>} for fields it has nothing for.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The stripped text, or null when it is null, empty or blank. */
    public static String clean(CharSequence raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.toString().strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** The cleaned value of the attribute with this local name on the current start tag. */
    public static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return clean(xml.getAttributeValue(i));
            }
        }
        return null;
    }

    /**
     * Reads the cleaned text of the element the parser is on and leaves the parser on its end
     * tag. Text of nested elements is included, so an unexpected child does not fail the file.
     */
    public static String readText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
        return clean(text);
    }
}
