package ru.erp.crm.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import ru.erp.crm.platform.problem.PayloadTooLargeException;

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
}
