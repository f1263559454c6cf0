package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import ru.erp.crm.sales.entity.DiscountLimit;
import ru.erp.crm.security.entity.UserAccount;

/** The discount a user gives without approval: the largest limit of their roles, none without a row. */
public final class DiscountLimits {

    private DiscountLimits() {
    }

    public static BigDecimal of(EntityManager em, UserAccount user) {
        List<String> roles = user.roles().stream().map(Enum::name).toList();
        if (roles.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return em.createQuery("select l from DiscountLimit l where l.role in :roles", DiscountLimit.class)
                .setParameter("roles", roles).getResultStream().map(DiscountLimit::maxPercent)
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    }
}
