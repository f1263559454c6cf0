package ru.erp.crm.integration.onec.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ru.erp.crm.catalog.boundary.CatalogElement;
import ru.erp.crm.catalog.boundary.CatalogElement.Group;
import ru.erp.crm.catalog.boundary.CatalogElement.Unreadable;
import ru.erp.crm.integration.onec.commerceml.ElementPath;
import ru.erp.crm.integration.onec.commerceml.XmlText;

/**
 * Follows the group tree {@code Классификатор/Группы/Группа/Группы/Группа/…} without holding it:
 * a group's subtree holds all its descendants, so it cannot be read as one element like a
 * product. Instead a group is handed out as soon as its own fields are known, which is when its
 * nested {@code Группы} begin or, for a leaf, at its end tag. Parents therefore come before their
 * children, and only the chain of open groups is kept.
 */
final class ClassifierGroups {

    private static final class OpenGroup {
        final int depth;
        final String position;
        final String parentId;
        /** The parent could not be placed, so neither can this group. */
        final boolean orphan;
        String externalId;
        String name;
        boolean deleted;
        boolean handedOut;

        OpenGroup(int depth, String position, OpenGroup parent) {
            this.depth = depth;
            this.position = position;
            this.parentId = parent == null ? null : parent.externalId;
            this.orphan = parent != null && (parent.externalId == null || parent.orphan);
        }
    }

    private final Deque<OpenGroup> open = new ArrayDeque<>();

    /**
     * Looks at a start tag. Opens a group, reads one of the open group's own fields (consuming
     * it) or, at the open group's nested {@code Группы}, hands the group out.
     *
     * @return a group or an unreadable one, or null
     */
    CatalogElement started(XMLStreamReader xml, ElementPath path) throws XMLStreamException {
        String element = xml.getLocalName();
        OpenGroup current = open.peek();
        if (element.equals("Группа") && "Группы".equals(path.ancestorName(1)) && opensHere(path, current)) {
            OpenGroup group = new OpenGroup(path.depth(), CatalogReader.position(xml, path), current);
            markDeleted(group, XmlText.attribute(xml, "Статус"), XmlText.attribute(xml, "ПометкаУдаления"));
            open.push(group);
            return null;
        }
        if (current == null || path.depth() != current.depth + 1) {
            return null;
        }
        switch (element) {
            case "Ид" -> current.externalId = ElementParser.first(current.externalId, XmlText.readText(xml));
            case "Наименование" -> current.name = ElementParser.first(current.name, XmlText.readText(xml));
            case "ПометкаУдаления" -> markDeleted(current, null, XmlText.readText(xml));
            case "Статус" -> markDeleted(current, XmlText.readText(xml), null);
            case "Группы" -> {
                return handOut(current);
            }
            default -> {
                // НомерВерсии, Описание, ...: not part of the group contract
            }
        }
        return null;
    }

    /** Looks at an end tag; a group that has not been handed out yet (a leaf) is handed out now. */
    CatalogElement ended(ElementPath path) {
        OpenGroup current = open.peek();
        if (current == null || current.depth != path.depth()) {
            return null;
        }
        open.pop();
        return handOut(current);
    }

    /** Top-level groups sit in the classifier; nested ones in the Группы of the innermost open group. */
    private static boolean opensHere(ElementPath path, OpenGroup current) {
        return "Классификатор".equals(path.ancestorName(2))
                || (current != null && current.depth == path.depth() - 2);
    }

    private static void markDeleted(OpenGroup group, String status, String deletionMark) {
        group.deleted |= "Удален".equalsIgnoreCase(status) || "true".equalsIgnoreCase(deletionMark);
    }

    private static CatalogElement handOut(OpenGroup group) {
        if (group.handedOut) {
            return null;
        }
        group.handedOut = true;
        if (group.externalId == null) {
            // Also when 1C wrote the Ид after the nested groups: by then the children are under way.
            return new Unreadable(null, "Группа has no Ид before its end or its nested Группы", group.position);
        }
        if (group.orphan) {
            return new Unreadable(group.externalId, "the parent Группа has no Ид", group.position);
        }
        return new Group(group.externalId, group.parentId, group.name, group.deleted, group.position);
    }
}
