package ru.erp.crm.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as built by the {@code ear} module, with this test package added to its WAR so
 * in-container tests can run there. Every IT deploys the same artefact users get.
 */
public final class CrmDeployment {

    /**
     * The application protects every path but a few; Arquillian's in-container test runner must be
     * reachable without a login. A constraint without an auth-constraint on its exact path wins over
     * the application's {@code /*} (the best-matching pattern applies), in the test deployment only.
     */
    private static final String OPEN_TEST_RUNNER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_open</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>Arquillian test runner</web-resource-name>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private CrmDeployment() {
    }

    public static EnterpriseArchive ear() {
        File earFile = new File(System.getProperty("crm.it.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        WebArchive war = ear.getAsType(WebArchive.class, "crm-web.war");
        war.addPackages(true, CrmDeployment.class.getPackage());
        war.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-open.jar")
                .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml"));
        return ear;
    }
}
