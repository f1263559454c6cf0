package ru.erp.crm.activity.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.erp.crm.activity.boundary.ActivityDraft;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;

/**
 * Checks a planned activity field by field with the entity's own rules and reports every
 * violation at once, before anything is looked up or changed.
 */
public final class ActivityValidator {

    private ActivityValidator() {
    }

    /** The draft's kind, once the whole draft is valid. */
    public static ActivityKind requireValid(ActivityDraft draft) {
        List<Violation> violations = new ArrayList<>();
        ActivityKind kind = null;
        boolean kindReadable = true;
        if (draft.kind() != null && !draft.kind().isBlank()) {
            try {
                kind = ActivityKind.valueOf(draft.kind().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kindReadable = false;
                violations.add(new Violation("kind", "crm.validation.choice",
                        Arrays.stream(ActivityKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        violations.addAll(Activity.textViolations(draft.subject(), draft.description()));
        if (kindReadable) {
            violations.addAll(Activity.scheduleViolations(kind, draft.startsAt(), draft.endsAt(), draft.dueAt()));
        }
        if (!Boolean.FALSE.equals(draft.remind())) {
            violations.addAll(Activity.reminderViolations(kind, draft.startsAt(), draft.dueAt(), draft.remindAt()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return kind;
    }
}
