package ru.erp.crm.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API, version 1. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "ERP CRM API", version = "1",
        description = "Single customer base, sales and exchanges of the back-office CRM module"))
public class CrmApi extends Application {
}
