package ru.erp.crm.integration.onec.commerceml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/** The one way this module opens CommerceML for StAX reading. */
public final class SecureXmlInput {

    private SecureXmlInput() {
    }

    /**
     * Uses the JDK's own StAX implementation even if the application server ships another one, so
     * encoding detection (BOM, windows-1251 declarations) and error positions behave as tested.
     * DTDs and external entities are switched off: CommerceML needs neither, and they are the
     * door for XXE and entity-expansion attacks.
     */
    public static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Namespace awareness makes getLocalName() drop prefixes, so cml:Контрагент matches too.
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
