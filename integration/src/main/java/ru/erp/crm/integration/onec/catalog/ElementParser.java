package ru.erp.crm.integration.onec.catalog;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Supplier;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.integration.onec.commerceml.LenientDecimal;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Reads the subtree of one catalogue element (the parser is positioned on its start tag) through
 * its end tag and turns it into a {@link CatalogElement}. Subclasses see every nested element with
 * its chain of ancestors below the root element, so an {@code Ид} of a nested {@code Группы} or
 * {@code ЗначенияСвойства} is never mistaken for the element's own.
 *
 * <p>A value that cannot be made sense of does not stop the file: the first such problem is kept
 * and the element comes out as {@link Unreadable} naming the field.
 */
abstract class ElementParser {

    private final String kind;
    private final String position;
    private final Deque<String> ancestors = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private String problem;

    /**
     * @param kind     the element's CommerceML name, for reasons such as "Товар has no Ид"
     * @param position line and path of the element, e.g. {@code line 12: /КоммерческаяИнформация/Каталог/Товары/Товар[3]}
     */
    ElementParser(String kind, String position) {
        this.kind = kind;
        this.position = position;
    }

    final CatalogElement parse(XMLStreamReader xml) throws XMLStreamException {
        rootStarted(xml);
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = xml.getLocalName();
                    started(element, xml);
                    ancestors.push(element);
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (ancestors.isEmpty()) {
                        return build();
                    }
                    String element = ancestors.pop();
                    ended(element, XmlText.clean(text));
                    text.setLength(0);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** The root element's start tag, for its attributes. */
    void rootStarted(XMLStreamReader xml) {
    }

    /** A nested start tag, for its attributes; {@link #within} tells where it stands. */
    void started(String element, XMLStreamReader xml) {
    }

    /**
     * A nested end tag with the element's own text (null when empty; for an element with children
     * only the text after its last child, which is blank in practice).
     */
    abstract void ended(String element, String text);

    /** The element once its end tag has been read. */
    abstract CatalogElement build();

    /**
     * Whether the element being started or ended sits exactly below this chain of ancestors,
     * counted from the root element's children: {@code within()} is a direct child,
     * {@code within("Группы")} a child of the root's {@code Группы}.
     */
    final boolean within(String... chain) {
        if (ancestors.size() != chain.length) {
            return false;
        }
        Iterator<String> fromRoot = ancestors.descendingIterator();
        for (String expected : chain) {
            if (!expected.equals(fromRoot.next())) {
                return false;
            }
        }
        return true;
    }

    /** The nearest ancestor of the element being started or ended; null for a direct child. */
    final String parent() {
        return ancestors.peek();
    }

    /** Remembers why the element cannot be used; the first problem wins, as it is usually the cause. */
    final void refuse(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    /** A lenient number, or null when absent; refuses the element when the text is not a number. */
    final BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        return LenientDecimal.parse(value).orElseGet(() -> {
            refuse(field + " is not a number: '" + value + "'");
            return null;
        });
    }

    final String position() {
        return position;
    }

    /** The element, unless it has no Ид or a problem was found on the way. */
    final CatalogElement readable(String externalId, Supplier<CatalogElement> element) {
        if (externalId == null) {
            return new Unreadable(null, kind + " has no Ид", position);
        }
        if (problem != null) {
            return new Unreadable(externalId, problem, position);
        }
        return element.get();
    }

    /** 1C repeats some elements; the first non-empty one wins. */
    static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}
