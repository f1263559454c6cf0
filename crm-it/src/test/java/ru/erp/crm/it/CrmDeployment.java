package ru.erp.crm.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real EAR as built by the {@code ear} module, with this test package added to its WAR so
 * in-container tests can run there. Every IT deploys the same artefact users get.
 */
public final class CrmDeployment {

    private CrmDeployment() {
    }

    public static EnterpriseArchive ear() {
        File earFile = new File(System.getProperty("crm.it.ear"));
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile);
        WebArchive war = ear.getAsType(WebArchive.class, "crm-web.war");
        war.addPackages(true, CrmDeployment.class.getPackage());
        return ear;
    }
}
