package ru.erp.crm.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import ru.erp.crm.security.boundary.AuthenticationResult;
import ru.erp.crm.security.boundary.Users;

/** Users and roles from the database, checked by the {@link Users} boundary (hash, lockout, audit). */
@ApplicationScoped
public class CrmIdentityStore implements IdentityStore {

    @EJB
    Users users;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential password)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationResult result = users.authenticate(password.getCaller(), password.getPassword().getValue());
        return result.isValid()
                ? new CredentialValidationResult(result.login(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
