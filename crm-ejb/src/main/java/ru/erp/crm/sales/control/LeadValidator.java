package ru.erp.crm.sales.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import ru.erp.crm.customer.entity.EmailAddress;
import ru.erp.crm.customer.entity.Inn;
import ru.erp.crm.customer.entity.Kpp;
import ru.erp.crm.customer.entity.PhoneNumber;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.entity.Lead;
import ru.erp.crm.sales.entity.LeadDetails;

/**
 * Checks a {@link LeadDraft} field by field and reports every problem at once. Besides formats and
 * lengths, a lead must be reachable (a phone or an e-mail), and names must not carry links: that
 * is what spam sent through the web form looks like, and no person or company is called so.
 */
public final class LeadValidator {

    static final int PHONE_LENGTH = 50;
    static final int EMAIL_LENGTH = 254;
    private static final Pattern LINK = Pattern.compile(
            "(?iu)(https?:|ftp:|www\\.|://|<a\\s|\\[url|\\b[\\p{L}\\d-]+\\.(ru|com|net|org|info|biz|io|xyz|top|рф|su)\\b)");

    private LeadValidator() {
    }

    public static LeadDetails requireValid(LeadDraft draft) {
        List<Violation> violations = violationsOf(draft);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return details(draft);
    }

    public static LeadDetails details(LeadDraft draft) {
        return new LeadDetails(draft.companyName(), draft.inn(), draft.kpp(), draft.personName(), draft.phone(),
                draft.email(), draft.message());
    }

    public static List<Violation> violationsOf(LeadDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (isBlank(draft.personName())) {
            violations.add(new Violation("personName", "crm.validation.required"));
        } else {
            name("personName", draft.personName(), Lead.PERSON_LENGTH, violations);
        }
        if (!isBlank(draft.companyName())) {
            name("companyName", draft.companyName(), Lead.COMPANY_LENGTH, violations);
        }
        Inn.check(draft.inn()).ifPresent(v -> violations.add(new Violation("inn", v.messageKey())));
        Kpp.check(draft.kpp()).ifPresent(v -> violations.add(new Violation("kpp", v.messageKey())));
        if (!isBlank(draft.kpp()) && isBlank(draft.inn())) {
            violations.add(new Violation("inn", "crm.validation.required"));
        }
        if (isBlank(draft.phone()) && isBlank(draft.email())) {
            violations.add(new Violation("phone", "crm.validation.lead.unreachable"));
        }
        if (!isBlank(draft.phone()) && draft.phone().length() > PHONE_LENGTH) {
            violations.add(new Violation("phone", "crm.validation.tooLong", PHONE_LENGTH));
        } else {
            PhoneNumber.check("phone", draft.phone()).ifPresent(v -> violations.add(new Violation("phone", v.messageKey())));
        }
        if (!isBlank(draft.email()) && draft.email().length() > EMAIL_LENGTH) {
            violations.add(new Violation("email", "crm.validation.tooLong", EMAIL_LENGTH));
        } else {
            EmailAddress.check("email", draft.email()).ifPresent(v -> violations.add(new Violation("email", v.messageKey())));
        }
        if (!isBlank(draft.message()) && draft.message().strip().length() > Lead.MESSAGE_LENGTH) {
            violations.add(new Violation("message", "crm.validation.tooLong", Lead.MESSAGE_LENGTH));
        }
        return violations;
    }

    /** Whether a name looks like it carries a link. */
    public static boolean hasLink(String value) {
        return value != null && LINK.matcher(value).find();
    }

    private static void name(String field, String value, int length, List<Violation> violations) {
        if (value.strip().length() > length) {
            violations.add(new Violation(field, "crm.validation.tooLong", length));
        } else if (hasLink(value)) {
            violations.add(new Violation(field, "crm.validation.lead.link"));
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
