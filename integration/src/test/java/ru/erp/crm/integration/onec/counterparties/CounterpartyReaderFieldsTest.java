package ru.erp.crm.integration.onec.counterparties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.erp.crm.integration.onec.commerceml.Samples;

class CounterpartyReaderFieldsTest {

    private static final String ORDERS_207 =
            "2.07/bsp-obmen-s-saitom/orders-cf0b82a8-3e02-43e7-946c-0ff869125614_1.xml";

    // ---- real files -------------------------------------------------------------------------

    @Test
    void windows1251OrderWithoutNamespace() throws IOException {
        List<CounterpartyRecord> records =
                Samples.readAll(Samples.commerceml("2.03/official-protocol-examples/to.xml"), CounterpartyReader::new);

        assertEquals(List.of(new CounterpartyRecord("1#admin#Петров Петр", "Петр Петров", "Петр Петров",
                null, null, null, true, "87698", null, "Покупатель", List.of(), 13,
                "/КоммерческаяИнформация/Документ[1]/Контрагенты/Контрагент[1]")), records);
    }

    @Test
    void windows1251SiteQueryResponseWithEmptyElements() throws IOException {
        List<CounterpartyRecord> records =
                Samples.readAll(Samples.commerceml("2.05/site-query-response/orders-full.xml"), CounterpartyReader::new);

        assertEquals(2, records.size());
        CounterpartyRecord second = records.get(1);
        // 1C-Bitrix writes <Наименование></Наименование> etc. for guests: empty means "not sent"
        assertEquals(new CounterpartyRecord("5#content-manager# Контент менджер", null, null,
                null, null, null, false, null, null, "Покупатель", List.of(), 125,
                "/КоммерческаяИнформация/Документ[2]/Контрагенты/Контрагент[1]"), second);
        assertEquals("38#catalog_exchange#", records.get(0).externalId());
    }

    @Test
    void utf8WithBomInCommerceml2NamespaceSkipsRepresentatives() throws IOException {
        List<CounterpartyRecord> records = Samples.readAll(Samples.commerceml(ORDERS_207), CounterpartyReader::new);

        assertEquals(2, records.size());
        for (CounterpartyRecord record : records) {
            assertEquals("1#admin#Петров Петр", record.externalId());
            assertEquals("Петр Петров", record.fullName());
            assertTrue(record.person(), "Фамилия/Имя present");
            assertEquals("87698", record.legalAddress());
        }
        // The nested <Представитель><Контрагент><Ид>ab7399a8...</Ид> is a contact person, not a record.
        assertTrue(records.stream().noneMatch(r -> r.externalId().equals("ab7399a8aa62c20e0e9f3ea53c6dac81")));
        assertEquals(List.of(13, 172), records.stream().map(CounterpartyRecord::line).toList());
        assertEquals("/КоммерческаяИнформация/Документ[2]/Контрагенты/Контрагент[1]", records.get(1).path());
    }

    // ---- fixtures -----------------------------------------------------------------------------
    // No real sample carries a counterparty with ИНН/КПП/ОГРН or contacts: only the catalogue owner
    // (Владелец) has them. The fixtures reuse the owner data of the 2.07 BSP export ("Рога и Копыта
    // ООО", ИНН 2500000000, КПП 250000000 in import0_1.xml but ten digits, 2500000000, in
    // offers0_1.xml), padded with the stray spaces 1C leaves in fixed-width fields, in shuffled order.

    private static final String LEGAL_ENTITY = """
            <cml:Контрагент>
              <cml:КПП>250000000 </cml:КПП>
              <cml:ПометкаУдаления>false</cml:ПометкаУдаления>
              <cml:Ид>e23f663b-18fc-11e7-80c2-0cc47ab29cd1</cml:Ид>
              <cml:Наименование> Рога и Копыта ООО </cml:Наименование>
              <cml:ОфициальноеНаименование>ООО &quot;Рога и Копыта&quot;</cml:ОфициальноеНаименование>
              <cml:Руководитель><cml:Фамилия>Иванов</cml:Фамилия><cml:Имя>Иван</cml:Имя></cml:Руководитель>
              <cml:ЮридическийАдрес><cml:Представление>690000, Владивосток, ул. Светланская, 1</cml:Представление></cml:ЮридическийАдрес>
              <cml:Адрес><cml:Представление>690001, Владивосток, ул. Алеутская, 2</cml:Представление></cml:Адрес>
              <cml:ОКПО>12345678</cml:ОКПО>
              <cml:ИНН>2500000000</cml:ИНН>
              <cml:ОГРН>1022500000000</cml:ОГРН>
              <cml:РасчетныеСчета><cml:РасчетныйСчет><cml:Банк>
                <cml:Наименование>Банк</cml:Наименование>
                <cml:Адрес><cml:Представление>Москва</cml:Представление></cml:Адрес>
                <cml:Контакты><cml:Контакт><cml:Тип>Телефон рабочий</cml:Тип><cml:Значение>8 800 000-00-00</cml:Значение></cml:Контакт></cml:Контакты>
              </cml:Банк></cml:РасчетныйСчет></cml:РасчетныеСчета>
              <cml:Контакты>
                <cml:Контакт><cml:Тип>Телефон рабочий</cml:Тип><cml:Значение> +7 423 200-00-00 </cml:Значение></cml:Контакт>
                <cml:Контакт><cml:Тип>Почта</cml:Тип><cml:Значение><![CDATA[info@roga.example]]></cml:Значение></cml:Контакт>
                <cml:Контакт><cml:Тип>Факс</cml:Тип><cml:Значение></cml:Значение></cml:Контакт>
              </cml:Контакты>
              <cml:Представители><cml:Представитель><cml:Контрагент>
                <cml:Отношение>Контактное лицо</cml:Отношение>
                <cml:Ид>rep-1</cml:Ид><cml:Наименование>Петров Пётр</cml:Наименование>
                <cml:ИНН>250000000012</cml:ИНН><cml:Фамилия>Петров</cml:Фамилия>
                <cml:Адрес><cml:Представление>не тот адрес</cml:Представление></cml:Адрес>
              </cml:Контрагент></cml:Представитель></cml:Представители>
            </cml:Контрагент>
            """;

    private static final String INDIVIDUAL = """
            <cml:Контрагент>
              <cml:Ид>p-7</cml:Ид>
              <cml:Наименование>Сидоров С. С.</cml:Наименование>
              <cml:ФизическоеЛицо>
                <cml:ПолноеНаименование>Сидоров Сидор Сидорович</cml:ПолноеНаименование>
                <cml:Реквизиты><cml:ИНН>250000000012</cml:ИНН></cml:Реквизиты>
                <cml:АдресРегистрации><cml:Представление>Уссурийск, ул. Ленина, 5</cml:Представление></cml:АдресРегистрации>
              </cml:ФизическоеЛицо>
              <cml:КонтактнаяИнформация>
                <cml:КонтактнаяИнформация><cml:Тип>Телефон мобильный</cml:Тип><cml:Значение>+7 900 000-00-00</cml:Значение></cml:КонтактнаяИнформация>
              </cml:КонтактнаяИнформация>
            </cml:Контрагент>
            """;

    @Test
    void catalogueLevelCounterpartiesWithPrefixedNamespaceAndBom() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <cml:КоммерческаяИнформация xmlns:cml="urn:1C.ru:commerceml_210" ВерсияСхемы="2.08" ДатаФормирования="2020-04-05">
                <cml:Контрагенты>
                """ + LEGAL_ENTITY + INDIVIDUAL + """
                </cml:Контрагенты>
                </cml:КоммерческаяИнформация>
                """;
        byte[] withBom = ("\uFEFF" + xml).getBytes(StandardCharsets.UTF_8);

        List<CounterpartyRecord> records = Samples.readAll(withBom, CounterpartyReader::new);

        assertEquals(2, records.size(), "the representative nested in the first one is not a record");
        CounterpartyRecord company = records.get(0);
        assertEquals(new CounterpartyRecord("e23f663b-18fc-11e7-80c2-0cc47ab29cd1", "Рога и Копыта ООО",
                "ООО \"Рога и Копыта\"", "2500000000", "250000000", "1022500000000", false,
                "690000, Владивосток, ул. Светланская, 1", "690001, Владивосток, ул. Алеутская, 2", null,
                List.of(new ContactRecord("Телефон рабочий", "+7 423 200-00-00"),
                        new ContactRecord("Почта", "info@roga.example")),
                4, "/КоммерческаяИнформация/Контрагенты/Контрагент[1]"), company);

        CounterpartyRecord individual = records.get(1);
        assertEquals(new CounterpartyRecord("p-7", "Сидоров С. С.", "Сидоров Сидор Сидорович", "250000000012",
                null, null, true, "Уссурийск, ул. Ленина, 5", null, null,
                List.of(new ContactRecord("Телефон мобильный", "+7 900 000-00-00")),
                individual.line(), "/КоммерческаяИнформация/Контрагенты/Контрагент[2]"), individual);
        assertTrue(individual.line() > company.line());
    }

    @Test
    void windows1251DocumentWithRequisites() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="windows-1251"?>
                <КоммерческаяИнформация ВерсияСхемы="2.05" ДатаФормирования="2021-02-12T17:03:19">
                  <Документ><Ид>1</Ид></Документ>
                  <Документ>
                    <Ид>2</Ид>
                    <Контрагенты>
                      <Контрагент>
                        <Роль>Покупатель</Роль>
                        <Ид>7#shop#</Ид>
                        <Наименование>ООО «Ёлка»</Наименование>
                        <ЮридическоеЛицо>
                          <ИНН> 2536000000 </ИНН>
                          <КПП>253601001 </КПП>
                        </ЮридическоеЛицо>
                      </Контрагент>
                    </Контрагенты>
                  </Документ>
                </КоммерческаяИнформация>
                """;

        List<CounterpartyRecord> records = Samples.readAll(xml.getBytes(Charset.forName("windows-1251")), CounterpartyReader::new);

        assertEquals(List.of(new CounterpartyRecord("7#shop#", "ООО «Ёлка»", null, "2536000000", "253601001",
                null, false, null, null, "Покупатель", List.of(), 7,
                "/КоммерческаяИнформация/Документ[2]/Контрагенты/Контрагент[1]")), records);
    }

    @Test
    void commerceml3ContainerPath() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <КоммерческаяИнформация xmlns="urn:1C.ru:commerceml_3" ВерсияСхемы="3.1" ДатаФормирования="2017-01-01">
                  <Контейнер><Документ><Контрагенты>
                    <Контрагент><Ид>a</Ид></Контрагент>
                    <Контрагент><Ид>b</Ид></Контрагент>
                  </Контрагенты></Документ></Контейнер>
                </КоммерческаяИнформация>
                """;

        List<CounterpartyRecord> records = Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CounterpartyReader::new);

        assertEquals(List.of("/КоммерческаяИнформация/Контейнер[1]/Документ[1]/Контрагенты/Контрагент[1]",
                        "/КоммерческаяИнформация/Контейнер[1]/Документ[1]/Контрагенты/Контрагент[2]"),
                records.stream().map(CounterpartyRecord::path).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            name only, person-like                      | <ПолноеНаименование>Петров Пётр</ПолноеНаименование>                           | true
            name with legal form                        | <ПолноеНаименование>ООО Ромашка</ПолноеНаименование>                           | false
            quoted name                                 | <ПолноеНаименование>&quot;Ромашка&quot;</ПолноеНаименование>                   | false
            company words                               | <ПолноеНаименование>Акционерное общество Ромашка</ПолноеНаименование>          | false
            person-like name but 10-digit INN           | <ПолноеНаименование>Петров Пётр</ПолноеНаименование><ИНН>2500000000</ИНН>      | false
            person-like name but KPP                    | <ПолноеНаименование>Петров Пётр</ПолноеНаименование><КПП>250000000</КПП>       | false
            official name                               | <ОфициальноеНаименование>Петров Пётр</ОфициальноеНаименование>                 | false
            12-digit INN alone                          | <ИНН>250000000012</ИНН>                                                        | true
            ФизЛицо marker                              | <ФизЛицо/>                                                                     | true
            surname                                     | <Фамилия>Петров</Фамилия>                                                      | true
            empty surname                               | <Фамилия/>                                                                     | false
            director's surname only                     | <Руководитель><Фамилия>Петров</Фамилия></Руководитель>                         | false
            nothing at all                              | <Наименование>Петров</Наименование>                                            | false
            """)
    void personDecision(String description, String children, boolean person) throws IOException {
        String xml = "<КоммерческаяИнформация><Контрагенты><Контрагент>" + children
                + "</Контрагент></Контрагенты></КоммерческаяИнформация>";

        List<CounterpartyRecord> records = Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CounterpartyReader::new);

        assertEquals(person, records.get(0).person(), description);
    }

    @Test
    void ownerIsNotACounterparty() throws IOException {
        List<CounterpartyRecord> records =
                Samples.readAll(Samples.commerceml("2.07/bsp-obmen-s-saitom/offers0_1.xml"), CounterpartyReader::new);

        assertTrue(records.isEmpty(), "Владелец (with ИНН/КПП) is the exporting company itself");
    }

    @Test
    void counterpartyWithoutContactsHasAnEmptyImmutableList() throws IOException {
        String xml = "<КоммерческаяИнформация><Контрагенты><Контрагент><Ид>x</Ид></Контрагент>"
                + "</Контрагенты></КоммерческаяИнформация>";
        CounterpartyRecord record = Samples.readAll(xml.getBytes(StandardCharsets.UTF_8), CounterpartyReader::new).get(0);

        assertNull(record.name());
        assertTrue(record.contacts().isEmpty());
        assertThrows(UnsupportedOperationException.class,
                () -> record.contacts().add(new ContactRecord("Почта", "a@b")));
    }
}
