package ru.erp.crm.integration.onec.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.CommerceMlReader;
import ru.erp.crm.integration.onec.commerceml.SecureXmlInput;

/**
 * Tells what a file of a 1C exchange is, so the files of one exchange can be applied in the order
 * their content depends on: products before the offers that price them, offers before the split
 * prices and rests files. 1C names the files after their kind ({@code import.xml},
 * {@code import0_1.xml}, {@code import___<guid>.xml}, {@code offers0_1.xml}, {@code prices___<guid>.xml},
 * {@code rests___<guid>.xml}, {@code orders-<guid>_1.xml}); a file named otherwise is recognised by the
 * top-level elements of its CommerceML root.
 */
public final class CatalogueFiles {

    /** What a file carries; the declaration order is the order in which an exchange applies them. */
    public enum Kind {
        /** Классификатор and/or Каталог: groups, properties, products. */
        IMPORT,
        /** ПакетПредложений: offers, possibly with prices and stock. */
        OFFERS,
        /** ПакетПредложений with prices only (split exports). */
        PRICES,
        /** ПакетПредложений with stock only (split exports). */
        RESTS,
        /** Документ: orders, a different exchange, last. */
        ORDERS
    }

    private static final Map<String, Kind> PREFIXES = prefixes();

    private CatalogueFiles() {
    }

    private static Map<String, Kind> prefixes() {
        Map<String, Kind> prefixes = new LinkedHashMap<>();
        prefixes.put("import", Kind.IMPORT);
        prefixes.put("offers", Kind.OFFERS);
        prefixes.put("prices", Kind.PRICES);
        prefixes.put("rests", Kind.RESTS);
        prefixes.put("orders", Kind.ORDERS);
        return prefixes;
    }

    /** The kind 1C's file name states, if it states one. */
    public static Optional<Kind> byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(".xml")) {
            return Optional.empty();
        }
        return PREFIXES.entrySet().stream()
                .filter(prefix -> name.startsWith(prefix.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /**
     * The kind by name or, failing that, by content: Каталог or Классификатор alone make an import,
     * ПакетПредложений an offers file, Документ an orders file (also inside a 3.x Контейнер).
     * Empty for a file that is neither (or not CommerceML at all); reading it properly is the
     * reader's job.
     */
    public static Optional<Kind> kindOf(Path file) throws IOException {
        Optional<Kind> byName = byName(file.getFileName().toString());
        return byName.isPresent() ? byName : byContent(file);
    }

    /**
     * The files in the order one exchange applies them: by {@link Kind}, then by name with numbers
     * compared as numbers ({@code import2_1.xml} before {@code import10_1.xml}). Files of no kind
     * come last, so the caller still sees and can refuse them.
     */
    public static List<Path> inExchangeOrder(Collection<Path> files) throws IOException {
        Map<Path, Integer> ranks = new LinkedHashMap<>();
        for (Path file : files) {
            ranks.put(file, kindOf(file).map(Kind::ordinal).orElse(Kind.values().length));
        }
        return ranks.keySet().stream()
                .sorted(Comparator.<Path>comparingInt(ranks::get)
                        .thenComparing((a, b) -> compareNaturally(a.getFileName().toString(), b.getFileName().toString())))
                .toList();
    }

    private static Optional<Kind> byContent(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = SecureXmlInput.newFactory().createXMLStreamReader(in);
            try {
                return topLevelKind(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /**
     * Walks the root's children (and those of a 3.x Контейнер) only as far as needed; the
     * classifier of an offers file may come first.
     */
    private static Optional<Kind> topLevelKind(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        int containerDepth = 0;
        boolean classifier = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == containerDepth) {
                    containerDepth = 0;
                }
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String element = xml.getLocalName();
                if (depth == 1 && !CommerceMlReader.ROOT.equals(element)) {
                    return Optional.empty();
                }
                boolean topLevel = depth == 2 || (containerDepth > 0 && depth == containerDepth + 1);
                if (topLevel) {
                    switch (element) {
                        case "Каталог" -> {
                            return Optional.of(Kind.IMPORT);
                        }
                        case "ПакетПредложений" -> {
                            return Optional.of(Kind.OFFERS);
                        }
                        case "Документ" -> {
                            return Optional.of(Kind.ORDERS);
                        }
                        case "Контейнер" -> containerDepth = depth;
                        case "Классификатор" -> classifier = true;
                        default -> {
                            // Контрагенты and the like decide nothing
                        }
                    }
                }
            }
        }
        return classifier ? Optional.of(Kind.IMPORT) : Optional.empty();
    }

    /** Compares digit runs by value and everything else by character. */
    static int compareNaturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            if (Character.isDigit(a.charAt(i)) && Character.isDigit(b.charAt(j))) {
                int startA = i;
                int startB = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                int byValue = new BigInteger(a.substring(startA, i)).compareTo(new BigInteger(b.substring(startB, j)));
                if (byValue != 0) {
                    return byValue;
                }
            } else {
                if (a.charAt(i) != b.charAt(j)) {
                    return Character.compare(a.charAt(i), b.charAt(j));
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
