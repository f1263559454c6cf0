package ru.erp.crm.integration.onec.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.erp.crm.sales.boundary.OrderDocument;
import ru.erp.crm.sales.boundary.OrderDocument.Buyer;
import ru.erp.crm.sales.boundary.OrderDocument.Line;
import ru.erp.crm.sales.boundary.OrderDocument.OrderState;

/**
 * Writes orders as the CommerceML answer a 1C-Bitrix site gives to {@code type=sale&mode=query},
 * which is what 1C's «Обмен с сайтом» expects: version 2.05, the root's format attributes,
 * one {@code Документ} «Заказ товара» per order with the buyer, the lines, VAT and the order's
 * state as the requisites Bitrix writes («Заказ оплачен», «Отменен», «Статус заказа»...). An empty
 * list gives the root alone, as a site with no new orders answers.
 *
 * <p>The bytes are in the given charset (windows-1251 when none is given, as 1C-Bitrix answers by
 * default). A character the charset cannot encode, such as an emoji in a customer's comment,
 * becomes a character reference ({@code &#x1f600;}), never a '?': the JDK's own StAX writer does
 * that, so it is used whatever implementation the server prefers. Characters XML 1.0 does not
 * allow at all (control characters pasted into a comment) are left out: with them the answer
 * would not be well-formed and 1C would refuse all of it. Numbers are plain ({@code 1234.50}), dates ISO, times {@code HH:mm:ss}.
 *
 * <p>Thread-safe; the clock gives the time stamp of the answer and the time zone of the
 * «Дата изменения статуса» requisite.
 */
public final class OrderDocumentWriter {

    public static final Charset DEFAULT_CHARSET = Charset.forName("windows-1251");
    static final String SCHEMA_VERSION = "2.05";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** «Дата изменения статуса» as 1C-Bitrix writes it. */
    private static final DateTimeFormatter STATUS_CHANGED = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm:ss");
    private static final Set<String> RUBLE_CODES = Set.of("RUB", "RUR", "643", "РУБ");
    /** What 1C's exchange calls the ruble in a site's answer. */
    private static final String RUBLE = "руб";
    private static final String VAT = "НДС";
    private static final String NO_VAT = "Без налога";
    private static final String GOODS = "Товар";
    private static final Pattern NOT_XML = Pattern.compile(
            "[^\\u0009\\u000A\\u000D\\u0020-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    private final Clock clock;

    public OrderDocumentWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the answer to {@code out} and flushes it; {@code out} stays open. */
    public void write(List<OrderDocument> orders, Charset charset, OutputStream out) throws IOException {
        Charset encoding = charset == null ? DEFAULT_CHARSET : charset;
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, encoding.name());
            new Answer(xml).write(orders, encoding);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the orders answer: " + e.getMessage(), e);
        }
        out.flush();
    }

    /** One answer being written: the writer and the indentation of the element being written. */
    private final class Answer {

        private final XMLStreamWriter xml;
        private int depth;

        Answer(XMLStreamWriter xml) {
            this.xml = xml;
        }

        void write(List<OrderDocument> orders, Charset encoding) throws XMLStreamException {
            xml.writeStartDocument(encoding.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("КоммерческаяИнформация");
            xml.writeAttribute("ВерсияСхемы", SCHEMA_VERSION);
            xml.writeAttribute("ДатаФормирования", LocalDateTime.now(clock).format(STAMP));
            xml.writeAttribute("ФорматДаты", "ДФ=yyyy-MM-dd; ДЛФ=DT");
            xml.writeAttribute("ФорматВремени", "ДФ=ЧЧ:мм:сс; ДЛФ=T");
            xml.writeAttribute("РазделительДатаВремя", "T");
            xml.writeAttribute("ФорматСуммы", "ЧЦ=18; ЧДЦ=2; ЧРД=.");
            xml.writeAttribute("ФорматКоличества", "ЧЦ=18; ЧДЦ=2; ЧРД=.");
            depth = 1;
            for (OrderDocument order : orders) {
                document(order);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
        }

        private void document(OrderDocument order) throws XMLStreamException {
            open("Документ");
            leaf("Ид", order.guid());
            leaf("Номер", order.number());
            leaf("Дата", order.date() == null ? null : order.date().toString());
            leaf("ХозОперация", "Заказ товара");
            leaf("Роль", "Продавец");
            leaf("Валюта", currency(order.currency()));
            leaf("Курс", "1");
            amount("Сумма", order.total());
            if (order.buyer() != null) {
                open("Контрагенты");
                buyer(order.buyer());
                close();
            }
            leaf("Время", order.time() == null ? null : order.time().format(TIME));
            leaf("Комментарий", order.comment());
            if (order.vatTotal() != null && order.vatTotal().signum() != 0) {
                open("Налоги");
                tax(order.vatTotal(), null);
                close();
            }
            open("Товары");
            for (Line line : order.lines()) {
                line(line);
            }
            close();
            if (order.state() != null) {
                state(order.state());
            }
            close();
        }

        private void buyer(Buyer buyer) throws XMLStreamException {
            open("Контрагент");
            leaf("Ид", buyer.externalId());
            leaf("Наименование", buyer.name());
            leaf("ПолноеНаименование", buyer.fullName());
            if (buyer.inn() != null) {
                leaf("ИНН", buyer.inn());
            }
            if (!buyer.person() && buyer.kpp() != null) {
                leaf("КПП", buyer.kpp());
            }
            open("АдресРегистрации");
            leaf("Представление", buyer.legalAddress());
            close();
            leaf("Роль", "Покупатель");
            close();
        }

        private void line(Line line) throws XMLStreamException {
            open("Товар");
            if (line.productExternalId() != null) {
                leaf("Ид", line.productExternalId());
            }
            if (line.article() != null) {
                leaf("Артикул", line.article());
            }
            leaf("Наименование", line.name());
            unit(line.unitCode(), line.unitName());
            amount("ЦенаЗаЕдиницу", line.price());
            amount("Количество", line.quantity());
            amount("Сумма", line.amount());
            if (line.discount() != null && line.discount().signum() != 0) {
                open("Скидки");
                open("Скидка");
                leaf("Наименование", "Скидка на товар");
                amount("Сумма", discountAmount(line));
                amount("Процент", line.discount());
                leaf("УчтеноВСумме", "true");
                close();
                close();
            }
            open("СтавкиНалогов");
            open("СтавкаНалога");
            leaf("Наименование", VAT);
            leaf("Ставка", line.vatRate() == null ? NO_VAT : line.vatRate().stripTrailingZeros().toPlainString());
            close();
            close();
            if (line.vatRate() != null && line.vatAmount() != null) {
                open("Налоги");
                tax(line.vatAmount(), line.vatRate());
                close();
            }
            open("ЗначенияРеквизитов");
            requisite("ВидНоменклатуры", GOODS);
            requisite("ТипНоменклатуры", GOODS);
            close();
            close();
        }

        /** The line's discount in money: its price times quantity less its amount (the discount is a percentage). */
        private static BigDecimal discountAmount(Line line) {
            if (line.price() == null || line.quantity() == null || line.amount() == null) {
                return null;
            }
            return line.price().multiply(line.quantity()).subtract(line.amount()).setScale(2, RoundingMode.HALF_UP);
        }

        private void unit(String code, String name) throws XMLStreamException {
            if (code == null && name == null) {
                return;
            }
            indent();
            xml.writeStartElement("БазоваяЕдиница");
            if (code != null) {
                xml.writeAttribute("Код", clean(code));
            }
            if (name != null) {
                xml.writeAttribute("НаименованиеПолное", clean(name));
                xml.writeCharacters(clean(name));
            }
            xml.writeEndElement();
        }

        private void tax(BigDecimal amount, BigDecimal rate) throws XMLStreamException {
            open("Налог");
            leaf("Наименование", VAT);
            leaf("УчтеноВСумме", "true");
            amount("Сумма", amount);
            if (rate != null) {
                leaf("Ставка", rate.stripTrailingZeros().toPlainString());
            }
            close();
        }

        private void state(OrderState state) throws XMLStreamException {
            open("ЗначенияРеквизитов");
            requisite("Заказ оплачен", Boolean.toString(state.paid()));
            requisite("Доставка разрешена", Boolean.toString(state.shipmentAllowed()));
            requisite("Отменен", Boolean.toString(state.cancelled()));
            // The CRM has no "final" flag of its own: a cancelled order is the only one it will not change again.
            requisite("Финальный статус", Boolean.toString(state.cancelled()));
            requisite("Статус заказа", state.status());
            if (state.changedAt() != null) {
                requisite("Дата изменения статуса", LocalDateTime.ofInstant(state.changedAt(), clock.getZone())
                        .format(STATUS_CHANGED));
            }
            close();
        }

        private void requisite(String name, String value) throws XMLStreamException {
            open("ЗначениеРеквизита");
            leaf("Наименование", name);
            leaf("Значение", value);
            close();
        }

        private void amount(String name, BigDecimal value) throws XMLStreamException {
            if (value != null) {
                leaf(name, value.toPlainString());
            }
        }

        /** An element with text; null is written as an empty element, as 1C-Bitrix does for what it lacks. */
        private void leaf(String name, String text) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            if (text != null) {
                xml.writeCharacters(clean(text));
            }
            xml.writeEndElement();
        }

        private void open(String name) throws XMLStreamException {
            indent();
            xml.writeStartElement(name);
            depth++;
        }

        private void close() throws XMLStreamException {
            depth--;
            indent();
            xml.writeEndElement();
        }

        /** Line breaks and indentation, so a journaled answer can be read by a person. */
        private void indent() throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }

    private static String currency(String code) {
        return code == null || RUBLE_CODES.contains(code.strip().toUpperCase(Locale.ROOT)) ? RUBLE : code.strip();
    }

    private static String clean(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }
}
