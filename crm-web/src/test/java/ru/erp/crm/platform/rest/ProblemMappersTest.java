package ru.erp.crm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.PayloadTooLargeException;
import ru.erp.crm.platform.problem.RuleViolationException;

class ProblemMappersTest {

    @Test
    void anOversizedUploadIsA413ProblemNamingTheLimit() {
        Response response = new ProblemMappers().toResponse(new PayloadTooLargeException("crm.problem.statement.tooLarge", 256L));

        assertEquals(413, response.getStatus());
        assertEquals(Problem.PROBLEM_JSON, response.getMediaType());
        String body = (String) response.getEntity();
        assertTrue(body.contains("\"type\":\"urn:crm:problem:too-large\""), body);
        assertTrue(body.contains("256 МБ"), body);
    }

    @Test
    void aRuleBrokenByOneFieldIsA422ProblemNamingIt() {
        Response response = new ProblemMappers().toResponse(RuleViolationException.onField("entries",
                "crm.rule.paymentPlan.sumMismatch", "300.00", "1000.00", "RUB"));

        assertEquals(422, response.getStatus());
        String body = (String) response.getEntity();
        assertTrue(body.contains("\"type\":\"urn:crm:problem:rule\""), body);
        assertTrue(body.contains("\"errors\":[{\"field\":\"entries\",\"code\":\"crm.rule.paymentPlan.sumMismatch\""), body);

        String whole = (String) new ProblemMappers().toResponse(new RuleViolationException("crm.rule.order.noLines", "CRM-1"))
                .getEntity();
        assertFalse(whole.contains("errors"), whole);
    }
}
