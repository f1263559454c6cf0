package ru.erp.crm.integration.onec.counterparties;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The chain of open elements from the root to the current one, rendered as an XPath-like string
 * such as {@code /КоммерческаяИнформация/Документ[3]/Контрагенты/Контрагент[1]}.
 *
 * <p>Only one frame per open element is kept, so memory does not grow with the document.
 */
final class ElementPath {

    /**
     * Elements the CommerceML schema lets repeat on the way to a counterparty. They always carry
     * their position so that "the first of several" is visible; single wrappers such as
     * {@code Контрагенты} stay bare, which keeps paths as readable as the schema.
     */
    private static final Set<String> REPEATABLE =
            Set.of("Документ", "Контейнер", "ПодчиненныйДокумент", "Контрагент");

    private static final class Frame {
        final String name;
        final int position;
        final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String name, int position) {
            this.name = name;
            this.position = position;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    void enter(String name) {
        Frame parent = frames.peek();
        int position = parent == null ? 1 : parent.childCounts.merge(name, 1, Integer::sum);
        frames.push(new Frame(name, position));
    }

    void leave() {
        frames.pop();
    }

    int depth() {
        return frames.size();
    }

    /** Local name of the parent of the current element, or null at the root. */
    String parentName() {
        Iterator<Frame> outward = frames.iterator();
        outward.next();
        return outward.hasNext() ? outward.next().name : null;
    }

    @Override
    public String toString() {
        StringBuilder path = new StringBuilder();
        for (Iterator<Frame> fromRoot = frames.descendingIterator(); fromRoot.hasNext(); ) {
            Frame frame = fromRoot.next();
            path.append('/').append(frame.name);
            // An unexpected repeat of a "single" element still gets its index, so a path never
            // silently points at the wrong sibling.
            if (REPEATABLE.contains(frame.name) || frame.position > 1) {
                path.append('[').append(frame.position).append(']');
            }
        }
        return path.toString();
    }
}
