package ru.erp.crm.integration.onec.catalog;

import java.io.InputStream;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.integration.onec.commerceml.CommerceMlReader;
import ru.erp.crm.integration.onec.commerceml.ElementPath;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Streams the catalogue of a CommerceML file (2.03 to 2.10 and 3.x; {@code import*.xml},
 * {@code offers*.xml}, and the split {@code prices*.xml} and {@code rests*.xml}), one
 * {@link CatalogElement} at a time, in document order:
 * <ul>
 *   <li>{@code Классификатор/Группы/Группа}, nested to any depth, as
 *       {@link CatalogElement.Group} with its parent's Ид, parents before children;</li>
 *   <li>{@code Классификатор/Свойства/Свойство} as {@link CatalogElement.Property} (a Свойство
 *       anywhere else, e.g. inside a product, is not a classifier property);</li>
 *   <li>{@code ТипыЦен/ТипЦены} of a classifier or an offers package as {@link CatalogElement.PriceType};</li>
 *   <li>{@code Склады/Склад} of a classifier or an offers package as {@link CatalogElement.Warehouse}
 *       (the per-offer stock {@code <Склад ИдСклада=".." КоличествоНаСкладе=".."/>} is part of the offer);</li>
 *   <li>{@code Каталог/Товары/Товар} as {@link CatalogElement.Product} (the Товар lines of order
 *       documents are not);</li>
 *   <li>{@code ПакетПредложений/Предложения/Предложение} as {@link CatalogElement.Offer}.</li>
 * </ul>
 * Wrappers such as the 3.x {@code Контейнер} do not matter: elements are recognised by their own,
 * parent and grandparent names. An element without Ид, or with a value that is not what it should
 * be (a price that is not a number), comes out as {@link CatalogElement.Unreadable} naming the
 * field, and the rest of the file goes on.
 *
 * <p>The header facts {@link #schemaVersion()}, {@link #containsOnlyChanges()} and
 * {@link #catalogueId()} are known once the reader has passed them, which in every 1C layout is
 * before the first product or offer.
 *
 * <p>Streaming, encoding, lazy format errors and closing behave as described in
 * {@link CommerceMlReader}; an unknown ВерсияСхемы fails at the root.
 */
public final class CatalogReader extends CommerceMlReader<CatalogElement> {

    private static final Set<String> REPEATABLE = Set.of(
            "Контейнер", "Группа", "Свойство", "ТипЦены", "Склад", "Товар", "Предложение");

    private static final String CLASSIFIER = "Классификатор";
    private static final String CATALOGUE = "Каталог";
    private static final String OFFERS_PACKAGE = "ПакетПредложений";
    private static final String ONLY_CHANGES = "СодержитТолькоИзменения";

    private final ClassifierGroups groups = new ClassifierGroups();
    private Boolean packageOnlyChanges;
    private Boolean classifierOnlyChanges;
    private String catalogueId;

    public CatalogReader(InputStream input) {
        super(input, REPEATABLE);
    }

    /**
     * {@code СодержитТолькоИзменения} (attribute or child element) of the Каталог or
     * ПакетПредложений, or of the Классификатор when the file has neither; null while not yet
     * read, when absent, or when it is neither {@code true} nor {@code false}. Only an explicit
     * false means "this is the whole catalogue", so what it does not mention may be deactivated.
     */
    public Boolean containsOnlyChanges() {
        return packageOnlyChanges != null ? packageOnlyChanges : classifierOnlyChanges;
    }

    /** The Ид of the Каталог, or the ИдКаталога of the ПакетПредложений; null while not yet read or when absent. */
    public String catalogueId() {
        return catalogueId;
    }

    @Override
    protected CatalogElement elementStarted(XMLStreamReader xml, ElementPath path) throws XMLStreamException {
        CatalogElement group = groups.started(xml, path);
        if (group != null || xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
            return group;
        }
        String parent = path.ancestorName(1);
        String grandparent = path.ancestorName(2);
        switch (xml.getLocalName()) {
            case CLASSIFIER, CATALOGUE, OFFERS_PACKAGE -> onlyChanges(xml.getLocalName(), XmlText.attribute(xml, ONLY_CHANGES));
            case ONLY_CHANGES -> {
                if (CLASSIFIER.equals(parent) || CATALOGUE.equals(parent) || OFFERS_PACKAGE.equals(parent)) {
                    onlyChanges(parent, XmlText.readText(xml));
                }
            }
            case "Ид" -> {
                if (CATALOGUE.equals(parent) && catalogueId == null) {
                    catalogueId = XmlText.readText(xml);
                }
            }
            case "ИдКаталога" -> {
                if (OFFERS_PACKAGE.equals(parent) && catalogueId == null) {
                    catalogueId = XmlText.readText(xml);
                }
            }
            case "Свойство" -> {
                if ("Свойства".equals(parent) && CLASSIFIER.equals(grandparent)) {
                    return new PropertyParser(position(xml, path)).parse(xml);
                }
            }
            case "ТипЦены" -> {
                if ("ТипыЦен".equals(parent) && (CLASSIFIER.equals(grandparent) || OFFERS_PACKAGE.equals(grandparent))) {
                    return new PriceTypeParser(position(xml, path)).parse(xml);
                }
            }
            case "Склад" -> {
                if ("Склады".equals(parent) && (CLASSIFIER.equals(grandparent) || OFFERS_PACKAGE.equals(grandparent))) {
                    return new WarehouseParser(position(xml, path)).parse(xml);
                }
            }
            case "Товар" -> {
                if ("Товары".equals(parent) && CATALOGUE.equals(grandparent)) {
                    return new ProductParser(position(xml, path)).parse(xml);
                }
            }
            case "Предложение" -> {
                if ("Предложения".equals(parent) && OFFERS_PACKAGE.equals(grandparent)) {
                    return new OfferParser(position(xml, path)).parse(xml);
                }
            }
            default -> {
                // owners, wrappers and everything the catalogue contract does not carry
            }
        }
        return null;
    }

    @Override
    protected CatalogElement elementEnded(ElementPath path) {
        return groups.ended(path);
    }

    private void onlyChanges(String owner, String value) {
        Boolean flag = "true".equalsIgnoreCase(value) ? Boolean.TRUE
                : "false".equalsIgnoreCase(value) ? Boolean.FALSE : null;
        if (flag == null) {
            return;
        }
        if (CLASSIFIER.equals(owner)) {
            classifierOnlyChanges = flag;
        } else {
            packageOnlyChanges = flag;
        }
    }

    /** Where an element starts, for the journal: {@code line 120: /КоммерческаяИнформация/Каталог/Товары/Товар[37]}. */
    static String position(XMLStreamReader xml, ElementPath path) {
        return "line " + xml.getLocation().getLineNumber() + ": " + path;
    }
}
