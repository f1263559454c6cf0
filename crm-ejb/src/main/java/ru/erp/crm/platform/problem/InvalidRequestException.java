package ru.erp.crm.platform.problem;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A request whose fields break validation rules; answered 400 with each violation. */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidRequestException(List<Violation> violations) {
        super("Invalid request: " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String messageKey, Object... arguments) {
        return new InvalidRequestException(List.of(new Violation(field, messageKey, arguments)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
