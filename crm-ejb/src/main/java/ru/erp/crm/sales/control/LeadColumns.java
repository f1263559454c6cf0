package ru.erp.crm.sales.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.sales.boundary.LeadDraft;

/**
 * Which column of an imported file holds which field of a lead, found by the header's names in
 * Russian or English (case, "ё" and spaces do not matter). Unknown columns are ignored; a file
 * without a name column cannot make leads and is refused.
 */
public final class LeadColumns {

    /** The lead's fields, named as {@link LeadValidator} names them. */
    public enum Field {
        companyName(Set.of("company", "company name", "компания", "организация", "название", "наименование")),
        inn(Set.of("inn", "инн")),
        kpp(Set.of("kpp", "кпп")),
        personName(Set.of("name", "person", "contact", "contact person", "full name", "имя", "фио", "контакт",
                "контактное лицо")),
        phone(Set.of("phone", "telephone", "телефон", "тел", "тел.")),
        email(Set.of("email", "e-mail", "mail", "почта", "электронная почта", "эл. почта")),
        message(Set.of("message", "comment", "note", "сообщение", "комментарий", "примечание"));

        private final Set<String> names;

        Field(Set<String> names) {
            this.names = names;
        }
    }

    private final Map<Field, Integer> positions = new EnumMap<>(Field.class);
    private final List<String> header;

    public LeadColumns(List<String> header) {
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            String name = normal(header.get(i));
            for (Field field : Field.values()) {
                if (field.names.contains(name)) {
                    positions.putIfAbsent(field, i);
                }
            }
        }
        if (!positions.containsKey(Field.personName)) {
            throw InvalidRequestException.of("file", "crm.validation.leadImport.nameColumn");
        }
    }

    /** The column's name as the file's header has it, for a row error; the field's own name when absent. */
    public String columnOf(String field) {
        try {
            Integer position = positions.get(Field.valueOf(field));
            return position == null ? field : header.get(position).strip();
        } catch (IllegalArgumentException notAColumn) {
            return field;
        }
    }

    public LeadDraft draft(List<String> cells) {
        return new LeadDraft(cell(cells, Field.companyName), cell(cells, Field.inn), cell(cells, Field.kpp),
                cell(cells, Field.personName), cell(cells, Field.phone), cell(cells, Field.email),
                cell(cells, Field.message));
    }

    public static boolean isBlank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    private String cell(List<String> cells, Field field) {
        return Optional.ofNullable(positions.get(field)).filter(i -> i < cells.size()).map(cells::get)
                .map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ")
                .replace("\uFEFF", "");
    }
}
