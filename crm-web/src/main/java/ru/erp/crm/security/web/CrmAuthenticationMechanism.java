package ru.erp.crm.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;

/**
 * One mechanism for the whole application, choosing by path (EE 10 resolves only one per
 * application): HTTP Basic for the REST API, form login kept in the HTTP session for the pages.
 * Both check credentials against the same identity store. The 1C site exchange is left alone: 1C
 * logs in with an exchange channel's login, not a user's, and the endpoint checks that itself.
 */
@ApplicationScoped
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = CrmAuthenticationMechanism.class.getName() + ".caller";
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SITE_EXCHANGE = "/exchange/1c";

    @Inject
    IdentityStoreHandler identityStore;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (request.getServletPath().startsWith(SITE_EXCHANGE)) {
            return context.doNothing();
        }
        if (isMachinePath(request)) {
            return basic(request, response, context);
        }
        return form(request, context);
    }

    private static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/api");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (!BasicCredentials.isBasic(header)) {
            return context.isProtected() ? challenge(response, context) : context.doNothing();
        }
        Optional<BasicCredentials> credentials = BasicCredentials.of(header);
        if (credentials.isEmpty()) {
            return challenge(response, context);
        }
        CredentialValidationResult result = identityStore.validate(
                new UsernamePasswordCredential(credentials.get().login(), credentials.get().password()));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return challenge(response, context);
        }
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"crm\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }


    /**
     * Pages: a login submitted by the login page (SecurityContext.authenticate with a
     * credential; a refusal is left to that page to show), a caller remembered in the session,
     * or a redirect to the login page.
     */
    private AuthenticationStatus form(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // no 401 error response: the login page renders the refusal itself
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.changeSessionId();
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new SessionCaller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        SessionCaller caller = session == null ? null : (SessionCaller) session.getAttribute(SESSION_CALLER);
        if (caller != null) {
            return context.notifyContainerAboutLogin(caller.login(), caller.roles());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** The logged-in page user kept in the HTTP session. */
    record SessionCaller(String login, Set<String> roles) implements java.io.Serializable {
    }
}
