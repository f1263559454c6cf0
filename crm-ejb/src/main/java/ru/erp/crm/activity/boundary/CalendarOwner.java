package ru.erp.crm.activity.boundary;

import ru.erp.crm.security.entity.UserAccount;

/** A user whose calendar the caller may open. */
public record CalendarOwner(Long id, String login, String fullName) {

    public static CalendarOwner of(UserAccount user) {
        return new CalendarOwner(user.id(), user.login(), user.fullName());
    }
}
