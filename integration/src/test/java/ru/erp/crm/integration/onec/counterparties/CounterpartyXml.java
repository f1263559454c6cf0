package ru.erp.crm.integration.onec.counterparties;

import java.nio.charset.StandardCharsets;

/** CommerceML documents of counterparties for route tests. */
final class CounterpartyXml {

    private CounterpartyXml() {
    }

    /** A UTF-8 CommerceML document of {@code n} counterparties c0..c(n-1), one per line. */
    static byte[] counterparties(int n) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<КоммерческаяИнформация ВерсияСхемы=\"2.10\" ДатаФормирования=\"2026-11-23T10:00:00\">\n<Контрагенты>\n");
        for (int i = 0; i < n; i++) {
            xml.append("<Контрагент><Ид>c").append(i).append("</Ид><Наименование>ООО «Клиент ").append(i)
                    .append("»</Наименование></Контрагент>\n");
        }
        xml.append("</Контрагенты>\n</КоммерческаяИнформация>\n");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same document cut off inside counterparty c700's Ид. */
    static String truncatedAtC700() {
        String whole = new String(counterparties(800), StandardCharsets.UTF_8);
        return whole.substring(0, whole.indexOf("<Ид>c700</Ид>") + 6);
    }
}
