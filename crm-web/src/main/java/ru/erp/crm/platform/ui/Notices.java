package ru.erp.crm.platform.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.ForbiddenOperationException;
import ru.erp.crm.platform.problem.InvalidRequestException;
import ru.erp.crm.platform.problem.PayloadTooLargeException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.RuleViolationException;
import ru.erp.crm.platform.problem.Violation;
import ru.erp.crm.platform.rest.Messages;

/**
 * Faces messages in the view's language: page texts from the {@code msg} bundle, problems of the
 * boundaries with the same {@code ValidationMessages} texts the API answers with.
 */
public final class Notices {

    private Notices() {
    }

    /** The language the user chose; the view root only gets it when the view is rendered. */
    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().evaluateExpressionGet(context, "#{language.locale}", Locale.class);
    }

    /** A text of the page bundle ({@code msg}). */
    public static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        return bundle.getString(key);
    }

    public static void info(String key) {
        add(null, FacesMessage.SEVERITY_INFO, text(key));
    }

    public static void error(String key) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key));
    }

    /**
     * Shows a boundary's refusal. A violation goes to the input its field names
     * ({@code contacts[0].value} to {@code contacts:0:value}), or to the page when there is none.
     * Anything that is not a known problem is rethrown.
     */
    public static void problem(RuntimeException thrown) {
        problem(thrown, "");
    }

    /**
     * Shows a boundary's refusal on a form whose inputs' client ids start with
     * {@code namingPrefix} ({@code "activityForm:"}): a form that keeps its id in its inputs' ids
     * can share a page with another form using the same field names.
     */
    public static void problem(RuntimeException thrown, String namingPrefix) {
        Locale locale = locale();
        if (thrown instanceof InvalidRequestException invalid) {
            for (Violation violation : invalid.violations()) {
                String text = Messages.text(violation.messageKey(), violation.arguments(), locale);
                add(componentOf(namingPrefix, violation.field()), FacesMessage.SEVERITY_ERROR, text);
            }
        } else if (thrown instanceof ConflictException conflict) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(conflict.messageKey(), conflict.arguments(), locale));
        } else if (thrown instanceof RuleViolationException rule) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(rule.messageKey(), rule.arguments(), locale));
        } else if (thrown instanceof PayloadTooLargeException tooLarge) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(tooLarge.messageKey(), tooLarge.arguments(), locale));
        } else if (thrown instanceof ForbiddenOperationException forbidden) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text(forbidden.messageKey(), locale));
        } else if (thrown instanceof EJBAccessException) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text("crm.forbidden.role", locale));
        } else if (thrown instanceof RecordNotFoundException notFound) {
            add(null, FacesMessage.SEVERITY_ERROR,
                    Messages.text("crm.problem.notFound", locale, notFound.entity(), String.valueOf(notFound.id())));
        } else if (isOptimisticLock(thrown)) {
            add(null, FacesMessage.SEVERITY_ERROR, Messages.text("crm.conflict.concurrent", locale));
        } else {
            throw thrown;
        }
    }

    private static boolean isOptimisticLock(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /** The client id of the input a violation's field names, if the view has it. */
    static String componentOf(String namingPrefix, String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        String clientId = namingPrefix + field.replaceAll("\\[(\\d+)]\\.", ":$1:");
        FacesContext context = FacesContext.getCurrentInstance();
        AtomicBoolean found = new AtomicBoolean();
        context.getViewRoot().invokeOnComponent(context, clientId, (FacesContext c, UIComponent component) -> found.set(true));
        return found.get() ? clientId : null;
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
