package ru.erp.crm.platform.ui;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import ru.erp.crm.platform.rest.Messages;

/** The language the user chose for the pages, kept for the session; Russian until they switch. */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.RUSSIAN;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public void russian() {
        switchTo(Messages.RUSSIAN);
    }

    public void english() {
        switchTo(Locale.ENGLISH);
    }

    private void switchTo(Locale chosen) {
        locale = chosen;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
    }
}
