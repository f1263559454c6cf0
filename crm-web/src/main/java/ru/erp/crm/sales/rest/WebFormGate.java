package ru.erp.crm.sales.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import ru.erp.crm.platform.problem.InvalidRequestException;

/**
 * What becomes of a web form post before its content is looked at, in order: the sender's rate,
 * the honeypot (a bot is told yes and nothing is stored, so it learns nothing), the fill-time
 * token (400 naming {@code token}: a person can reload the page).
 */
@ApplicationScoped
public class WebFormGate {

    /** The post's fate: stored, silently dropped, or held up for {@code retryAfter}. */
    public record Verdict(boolean receive, Duration retryAfter) {

        static final Verdict RECEIVE = new Verdict(true, null);
        static final Verdict DROP = new Verdict(false, null);

        boolean throttled() {
            return retryAfter != null;
        }

        /** Whole seconds, rounded up, at least one: what Retry-After says. */
        long retryAfterSeconds() {
            long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }

    @Inject
    WebFormTokens tokens;

    @Inject
    SubmissionThrottle throttle;

    public Verdict admit(WebLeadRequest post, String sender) {
        Optional<Duration> wait = throttle.admit(sender);
        if (wait.isPresent()) {
            return new Verdict(false, wait.get());
        }
        if (post.isBait()) {
            return Verdict.DROP;
        }
        return switch (tokens.check(post.token())) {
            case INVALID -> throw InvalidRequestException.of("token", "crm.validation.lead.token");
            case TOO_FAST -> throw InvalidRequestException.of("token", "crm.validation.lead.tooFast");
            case FILLED_IN -> Verdict.RECEIVE;
        };
    }

    public String token() {
        return tokens.issue();
    }
}
