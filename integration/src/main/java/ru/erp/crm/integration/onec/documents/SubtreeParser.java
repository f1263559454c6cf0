package ru.erp.crm.integration.onec.documents;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.LenientDecimal;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Reads the subtree of one element (the parser is positioned on its start tag) through its end
 * tag. Subclasses see every nested element with its chain of ancestors below the subtree's root,
 * so the {@code Ид} of a nested {@code Контрагент} is never taken for the document's own, and may
 * hand a nested element to a parser of its own ({@link #consumed}), as a document does with its
 * buyer and its lines.
 *
 * <p>A value that cannot be made sense of does not stop the file: the first such problem is kept
 * ({@link #problem()}), usually the cause of any later ones.
 *
 * @param <T> what the subtree becomes
 */
abstract class SubtreeParser<T> {

    final XMLStreamReader xml;
    private final Deque<String> ancestors = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private String problem;

    SubtreeParser(XMLStreamReader xml) {
        this.xml = xml;
    }

    final T parse() throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String element = xml.getLocalName();
                    if (!consumed(element)) {
                        started(element);
                        ancestors.push(element);
                    }
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

    /**
     * A nested start tag that a subclass may read itself, through its end tag (e.g. with a parser
     * of its own); {@link #within} tells where it stands.
     *
     * @return true when the element was read through its end tag
     */
    boolean consumed(String element) throws XMLStreamException {
        return false;
    }

    /** A nested start tag the walk goes into, for its attributes. */
    void started(String element) {
    }

    /**
     * A nested end tag with the element's own text (null when empty; for an element with children
     * only the text after its last child, which is blank in practice).
     */
    abstract void ended(String element, String text);

    /** The subtree once its end tag has been read. */
    abstract T build();

    /**
     * Whether the element being started or ended sits exactly below this chain of ancestors,
     * counted from the subtree root's children: {@code within()} is a direct child,
     * {@code within("Товары")} a child of the root's {@code Товары}.
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

    /** Remembers why the subtree cannot be used; the first problem wins, as it is usually the cause. */
    final void refuse(String reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    /** The first problem found, or null. */
    final String problem() {
        return problem;
    }

    /** A lenient number, or null when absent; refuses the subtree when the text is not a number. */
    final BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        return LenientDecimal.parse(value).orElseGet(() -> {
            refuse(field + " is not a number: '" + value + "'");
            return null;
        });
    }

    /** 1C repeats some elements; the first non-empty one wins. */
    static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}
