package ru.erp.crm.integration.onec.commerceml;

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
public final class ElementPath {

    private static final class Frame {
        final String name;
        final int position;
        final Map<String, Integer> childCounts = new HashMap<>();

        Frame(String name, int position) {
            this.name = name;
            this.position = position;
        }
    }

    private final Set<String> repeatable;
    private final Deque<Frame> frames = new ArrayDeque<>();

    /**
     * @param repeatable elements the schema lets repeat on the way to what the reader yields. They
     *                   always carry their position so that "the first of several" is visible;
     *                   single wrappers such as {@code Контрагенты} stay bare, which keeps paths as
     *                   readable as the schema.
     */
    public ElementPath(Set<String> repeatable) {
        this.repeatable = Set.copyOf(repeatable);
    }

    public void enter(String name) {
        Frame parent = frames.peek();
        int position = parent == null ? 1 : parent.childCounts.merge(name, 1, Integer::sum);
        frames.push(new Frame(name, position));
    }

    public void leave() {
        frames.pop();
    }

    public int depth() {
        return frames.size();
    }

    /** Local name of the parent of the current element, or null at the root. */
    public String parentName() {
        return ancestorName(1);
    }

    /**
     * Local name of the element {@code generations} levels above the current one (0 is the current
     * element itself), or null when the path is not that deep.
     */
    public String ancestorName(int generations) {
        Iterator<Frame> outward = frames.iterator();
        for (int i = 0; i < generations && outward.hasNext(); i++) {
            outward.next();
        }
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
            if (repeatable.contains(frame.name) || frame.position > 1) {
                path.append('[').append(frame.position).append(']');
            }
        }
        return path.toString();
    }
}
