package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.customer.control.CustomerAccess;
import ru.erp.crm.sales.boundary.OpportunityQuery;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.security.control.AccessScope;

/**
 * The pipeline list's query over the customers the caller may see: curator, state and stage are
 * the columns of {@code opportunity_pipeline_ix} in that order, so a manager's pipeline is one
 * range scan; "without a next step" is an anti-join on {@code activity_opportunity_ix}.
 * Soonest expected close first, those without a date last.
 */
public class OpportunitySearch {

    private final StringBuilder where = new StringBuilder(" where ");
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public OpportunitySearch(OpportunityQuery query, AccessScope scope) {
        where.append(CustomerAccess.visiblePredicate("o.customer", scope, parameters));
        narrow("o.curator.id = :curator", "curator", query.curatorId());
        narrow("o.state = :state", "state", query.withoutNextStep() ? OpportunityState.OPEN : query.state());
        narrow("o.stage.id = :stage", "stage", query.stageId());
        narrow("o.customer.id = :customer", "customer", query.customerId());
        if (query.withoutNextStep()) {
            where.append(" and not exists (select a.id from Activity a where a.opportunityId = o.id"
                    + " and a.status = :planned)");
            parameters.put("planned", ActivityStatus.PLANNED);
        }
    }

    public TypedQuery<Opportunity> select(EntityManager em, int offset, int size) {
        TypedQuery<Opportunity> select = em.createQuery("select o from Opportunity o" + where
                + " order by o.expectedClose, o.id", Opportunity.class);
        parameters.forEach(select::setParameter);
        return select.setFirstResult(offset).setMaxResults(size);
    }

    public long count(EntityManager em) {
        TypedQuery<Long> count = em.createQuery("select count(o) from Opportunity o" + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    private void narrow(String condition, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }
}
