package ru.erp.crm.integration.onec.counterparties;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Reads the subtree of one {@code Контрагент} element (the reader is positioned on its start tag)
 * and turns it into a {@link CounterpartyRecord}. Consumes events up to and including the matching
 * end tag, so nested {@code Представители/Представитель/Контрагент} never reach the outer loop.
 * Public because documents carry their buyer as the same {@code Контрагент}: one reading of it
 * for every CommerceML reader.
 */
public final class CounterpartyElementParser {

    /**
     * Subtrees that describe somebody else: representatives, the director, banks, an individual's
     * employer. Their ИНН, Фамилия, Адрес or Контакты must not be mistaken for the counterparty's own.
     */
    private static final Set<String> OTHER_PARTIES = Set.of(
            "Представители", "Представитель", "Руководитель",
            "РасчетныеСчета", "РасчетныйСчет", "МестоРаботы", "Организация");

    private static final Set<String> PERSON_ELEMENTS = Set.of("ФизЛицо", "ФизическоеЛицо");
    private static final Set<String> COMPANY_ELEMENTS = Set.of("ЮрЛицо", "ЮридическоеЛицо");
    private static final Set<String> PERSON_NAME_PARTS = Set.of("Фамилия", "Имя", "Отчество");
    private static final Set<String> LEGAL_ADDRESSES = Set.of("ЮридическийАдрес", "АдресРегистрации");
    private static final Set<String> CONTACTS = Set.of("Контакт", "КонтактнаяИнформация");

    private static final Pattern INDIVIDUAL_INN = Pattern.compile("\\d{12}");
    private static final Pattern COMPANY_INN = Pattern.compile("\\d{10}");

    /**
     * Signs that a ПолноеНаименование names an organisation rather than a human: a legal form
     * (ООО, АО, ...) or words such as "общество", or quotes, which Russian company names carry
     * and personal names do not.
     */
    private static final Pattern ORGANISATION_NAME = Pattern.compile(
            "(?iu)(?<!\\p{L})(ООО|ОАО|ЗАО|ПАО|НАО|АО|ГУП|МУП|ФГУП|НКО|АНО|LLC|LTD|INC|GMBH)(?!\\p{L})"
                    + "|общество|товарищество|акционерн|предприятие|учреждение|компания|корпорация"
                    + "|[\"«»“”„]");

    private final XMLStreamReader xml;
    private final int line;
    private final String path;

    private final Deque<String> open = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private int otherPartyDepth;

    private String externalId;
    private String name;
    private String fullName;
    private boolean fullNameIsOfficial;
    private String inn;
    private String kpp;
    private String ogrn;
    private String legalAddress;
    private String actualAddress;
    private String role;
    private final List<ContactRecord> contacts = new ArrayList<>();
    private String contactKind;
    private String contactValue;
    private boolean personElement;
    private boolean companyElement;
    private boolean personNameParts;

    /**
     * @param xml  positioned on the {@code Контрагент} start tag
     * @param line line of that start tag, for error messages
     * @param path where the element stands, e.g. {@code /КоммерческаяИнформация/Документ[2]/Контрагенты/Контрагент[1]}
     */
    public CounterpartyElementParser(XMLStreamReader xml, int line, String path) {
        this.xml = xml;
        this.line = line;
        this.path = path;
    }

    /** Reads through the element's end tag and leaves the parser on it. */
    public CounterpartyRecord parse() throws XMLStreamException {
        while (true) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                case XMLStreamConstants.END_ELEMENT -> {
                    if (open.isEmpty()) {
                        return build();
                    }
                    end();
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    private void start(String element) {
        open.push(element);
        text.setLength(0);
        if (otherPartyDepth == 0 && OTHER_PARTIES.contains(element)) {
            otherPartyDepth = open.size();
        }
    }

    private void end() {
        String element = open.pop();
        String value = XmlText.clean(text);
        text.setLength(0);
        if (otherPartyDepth > 0) {
            if (open.size() < otherPartyDepth) {
                otherPartyDepth = 0;
            }
            return;
        }
        String parent = open.peek();
        if (parent == null) {
            ownField(element, value);
        }
        nestedField(element, parent, value);
    }

    /** Identity fields are taken only from direct children: deeper Ид/Наименование belong to nested objects. */
    private void ownField(String element, String value) {
        switch (element) {
            case "Ид" -> externalId = first(externalId, value);
            case "Наименование" -> name = first(name, value);
            case "Роль" -> role = first(role, value);
            default -> {
                // everything else may also sit in wrappers and is handled by nestedField
            }
        }
    }

    /** Details 1C may put directly or inside wrappers such as ЮридическоеЛицо or Реквизиты. */
    private void nestedField(String element, String parent, String value) {
        switch (element) {
            case "ИНН" -> inn = first(inn, value);
            case "КПП" -> kpp = first(kpp, value);
            case "ОГРН" -> ogrn = first(ogrn, value);
            case "ОфициальноеНаименование", "ПолноеНаименование" -> {
                if (fullName == null && value != null) {
                    fullName = value;
                    fullNameIsOfficial = element.equals("ОфициальноеНаименование");
                }
            }
            case "Представление" -> {
                if (LEGAL_ADDRESSES.contains(parent)) {
                    legalAddress = first(legalAddress, value);
                } else if ("Адрес".equals(parent)) {
                    actualAddress = first(actualAddress, value);
                }
            }
            case "Тип", "Значение" -> {
                if (CONTACTS.contains(parent)) {
                    if (element.equals("Тип")) {
                        contactKind = value;
                    } else {
                        contactValue = value;
                    }
                }
            }
            default -> markers(element, value);
        }
    }

    private void markers(String element, String value) {
        if (CONTACTS.contains(element)) {
            if (contactValue != null) {
                contacts.add(new ContactRecord(contactKind, contactValue));
            }
            contactKind = null;
            contactValue = null;
        } else if (PERSON_ELEMENTS.contains(element)) {
            personElement = true;
        } else if (COMPANY_ELEMENTS.contains(element)) {
            companyElement = true;
        } else if (PERSON_NAME_PARTS.contains(element) && value != null) {
            personNameParts = true;
        }
    }

    /**
     * 1C has no single "is a person" flag in CommerceML, so the decision is built from what the
     * schema reserves for individuals (ФизЛицо, Фамилия/Имя, a 12-digit ИНН) and, as a last resort,
     * from a ПолноеНаименование that reads like a human name when nothing hints at a company.
     */
    private boolean person() {
        if (personElement || personNameParts || (inn != null && INDIVIDUAL_INN.matcher(inn).matches())) {
            return true;
        }
        boolean companyHints = companyElement || fullNameIsOfficial || kpp != null
                || (inn != null && COMPANY_INN.matcher(inn).matches());
        return fullName != null && !companyHints && !ORGANISATION_NAME.matcher(fullName).find();
    }

    private CounterpartyRecord build() {
        return new CounterpartyRecord(externalId, name, fullName, inn, kpp, ogrn, person(),
                legalAddress, actualAddress, role, contacts, line, path);
    }

    /** 1C repeats some elements (e.g. the same ИНН in two wrappers); the first non-empty one wins. */
    private static String first(String current, String candidate) {
        return current != null ? current : candidate;
    }
}
