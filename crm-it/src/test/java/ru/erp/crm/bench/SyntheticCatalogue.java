package ru.erp.crm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A synthetic 1C catalogue of N products as CommerceML 2.08 files, written straight to disk one
 * product at a time (nothing of size N is held in memory):
 * <ul>
 *   <li>{@code import.xml}: a classifier with three groups of two subgroups each, one price type,
 *       two warehouses, and the catalogue (a full unload, СодержитТолькоИзменения=false) of N Товар,
 *       each with a GUID Ид, Артикул, Наименование, БазоваяЕдиница Код="796 " (штука), VAT 20 %
 *       and one of the six subgroups;</li>
 *   <li>{@code offers.xml}: N Предложение with one price of that price type and stock at both
 *       warehouses.</li>
 * </ul>
 * Every value is a pure function of the product's number, so a check can recompute what the CRM
 * must hold for any product without reading the files again.
 */
final class SyntheticCatalogue {

    static final String PRICE_TYPE = "bd72d8f9-55bc-11d9-848a-00112f43529a";
    static final List<String> WAREHOUSES = List.of("0b9a5f10-0000-4000-8000-000000000001", "0b9a5f10-0000-4000-8000-000000000002");
    private static final String CLASSIFIER = "bench-classifier";
    private static final String CATALOGUE = "bench-catalogue";
    private static final int TOP_GROUPS = 3;
    private static final int SUBGROUPS = 2;
    private static final String[] KINDS = {"Болт", "Гайка", "Шайба", "Винт", "Саморез", "Дюбель", "Анкер", "Шпилька"};

    private SyntheticCatalogue() {
    }

    /** The 1C Ид of product {@code i} (0-based): a GUID that encodes the number. */
    static String productId(long i) {
        return String.format("5c0a%04x-%04x-4%03x-8000-%012x", (i >>> 48) & 0xffff, (i >>> 32) & 0xffff, i % 0xfff, i);
    }

    static String article(long i) {
        return String.format("АРТ-%07d", i);
    }

    static String name(long i) {
        return KINDS[(int) (i % KINDS.length)] + " М" + (4 + i % 20) + "х" + (10 + i % 90) + " оцинкованный, партия " + i;
    }

    /** The retail price of product {@code i}, two decimals. */
    static BigDecimal price(long i) {
        return BigDecimal.valueOf(100 + i % 99_900, 0).add(BigDecimal.valueOf(i % 100, 2));
    }

    /** The stock of product {@code i} at warehouse {@code w} (0 or 1). */
    static BigDecimal stock(long i, int w) {
        return BigDecimal.valueOf((i * 7 + w * 13) % 500);
    }

    private static String group(int top, int sub) {
        return String.format("6a1e0000-0000-4000-8000-0000000%02d%03d", top, sub);
    }

    private static String groupOf(long i) {
        int leaf = (int) (i % (TOP_GROUPS * SUBGROUPS));
        return group(leaf / SUBGROUPS + 1, leaf % SUBGROUPS + 1);
    }

    /** Writes import.xml with products 0..n-1 in {@code charset}; returns its size in bytes. */
    static long writeImport(Path file, long n, Charset charset) throws IOException {
        try (Writer out = open(file, charset)) {
            out.write("<Классификатор><Ид>" + CLASSIFIER + "</Ид><Наименование>Классификатор (синтетический)</Наименование>\n<Группы>\n");
            for (int top = 1; top <= TOP_GROUPS; top++) {
                out.write("<Группа><Ид>" + group(top, 0) + "</Ид><Наименование>Крепёж " + top + "</Наименование><Группы>\n");
                for (int sub = 1; sub <= SUBGROUPS; sub++) {
                    out.write("<Группа><Ид>" + group(top, sub) + "</Ид><Наименование>Крепёж " + top + "." + sub
                            + "</Наименование></Группа>\n");
                }
                out.write("</Группы></Группа>\n");
            }
            out.write("</Группы>\n");
            writePriceTypesAndWarehouses(out);
            out.write("</Классификатор>\n<Каталог СодержитТолькоИзменения=\"false\"><Ид>" + CATALOGUE + "</Ид><ИдКлассификатора>"
                    + CLASSIFIER + "</ИдКлассификатора><Наименование>Основной каталог товаров</Наименование>\n<Товары>\n");
            for (long i = 0; i < n; i++) {
                out.write("<Товар><Ид>" + productId(i) + "</Ид><Артикул>" + article(i) + "</Артикул><Наименование>" + name(i)
                        + "</Наименование><БазоваяЕдиница Код=\"796 \" НаименованиеПолное=\"Штука\" МеждународноеСокращение=\"PCE\">шт"
                        + "</БазоваяЕдиница><Группы><Ид>" + groupOf(i) + "</Ид></Группы><СтавкиНалогов><СтавкаНалога>"
                        + "<Наименование>НДС</Наименование><Ставка>20</Ставка></СтавкаНалога></СтавкиНалогов></Товар>\n");
            }
            out.write("</Товары>\n</Каталог>\n</КоммерческаяИнформация>\n");
        }
        return Files.size(file);
    }

    /** Writes offers.xml for products 0..n-1 in {@code charset}; returns its size in bytes. */
    static long writeOffers(Path file, long n, Charset charset) throws IOException {
        try (Writer out = open(file, charset)) {
            out.write("<ПакетПредложений СодержитТолькоИзменения=\"false\"><Ид>" + CATALOGUE + "#</Ид>"
                    + "<Наименование>Пакет предложений</Наименование><ИдКаталога>" + CATALOGUE + "</ИдКаталога><ИдКлассификатора>"
                    + CLASSIFIER + "</ИдКлассификатора>\n");
            writePriceTypesAndWarehouses(out);
            out.write("<Предложения>\n");
            for (long i = 0; i < n; i++) {
                BigDecimal first = stock(i, 0);
                BigDecimal second = stock(i, 1);
                out.write("<Предложение><Ид>" + productId(i) + "</Ид><Артикул>" + article(i) + "</Артикул><Наименование>" + name(i)
                        + "</Наименование><БазоваяЕдиница Код=\"796 \" НаименованиеПолное=\"Штука\">шт</БазоваяЕдиница>"
                        + "<Цены><Цена><Представление>" + price(i).toPlainString() + " RUB за шт</Представление><ИдТипаЦены>"
                        + PRICE_TYPE + "</ИдТипаЦены><ЦенаЗаЕдиницу>" + price(i).toPlainString()
                        + "</ЦенаЗаЕдиницу><Валюта>RUB</Валюта><Единица>шт</Единица><Коэффициент>1</Коэффициент></Цена></Цены>"
                        + "<Количество>" + first.add(second).toPlainString() + "</Количество>"
                        + "<Склад ИдСклада=\"" + WAREHOUSES.get(0) + "\" КоличествоНаСкладе=\"" + first.toPlainString() + "\"/>"
                        + "<Склад ИдСклада=\"" + WAREHOUSES.get(1) + "\" КоличествоНаСкладе=\"" + second.toPlainString() + "\"/>"
                        + "</Предложение>\n");
            }
            out.write("</Предложения>\n</ПакетПредложений>\n</КоммерческаяИнформация>\n");
        }
        return Files.size(file);
    }

    private static void writePriceTypesAndWarehouses(Writer out) throws IOException {
        out.write("<ТипыЦен><ТипЦены><Ид>" + PRICE_TYPE + "</Ид><Наименование>Розничная</Наименование><Валюта>RUB</Валюта>"
                + "<Налог><Наименование>НДС</Наименование><УчтеноВСумме>true</УчтеноВСумме></Налог></ТипЦены></ТипыЦен>\n<Склады>\n");
        for (int w = 0; w < WAREHOUSES.size(); w++) {
            out.write("<Склад><Ид>" + WAREHOUSES.get(w) + "</Ид><Наименование>" + (w == 0 ? "Основной склад" : "Склад в Подольске")
                    + "</Наименование></Склад>\n");
        }
        out.write("</Склады>\n");
    }

    private static Writer open(Path file, Charset charset) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, charset);
        out.write("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n");
        out.write("<КоммерческаяИнформация xmlns=\"urn:1C.ru:commerceml_2\" ВерсияСхемы=\"2.08\" ДатаФормирования=\""
                + LocalDateTime.now().withNano(0) + "\">\n");
        return out;
    }
}
