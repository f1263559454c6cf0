package ru.erp.crm.security.boundary;

import java.util.Set;

/** The outcome of a login attempt: the roles of a valid caller, or why it was refused. */
public record AuthenticationResult(Outcome outcome, String login, Set<String> roles) {

    public enum Outcome {
        VALID,
        INVALID,
        LOCKED
    }

    public static AuthenticationResult valid(String login, Set<String> roles) {
        return new AuthenticationResult(Outcome.VALID, login, Set.copyOf(roles));
    }

    public static AuthenticationResult refused(Outcome outcome, String login) {
        return new AuthenticationResult(outcome, login, Set.of());
    }

    public boolean isValid() {
        return outcome == Outcome.VALID;
    }
}
