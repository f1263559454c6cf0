package ru.erp.crm.sales.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import ru.erp.crm.platform.audit.AuditAction;
import ru.erp.crm.platform.audit.AuditTrail;
import ru.erp.crm.platform.problem.ConflictException;
import ru.erp.crm.platform.problem.RecordNotFoundException;
import ru.erp.crm.platform.problem.StaleVersionException;
import ru.erp.crm.sales.entity.SalesModel;
import ru.erp.crm.sales.entity.SalesStage;
import ru.erp.crm.security.control.CallerScope;
import ru.erp.crm.security.entity.Role;

/**
 * Sales-model templates: heads and admins write them, everyone in sales reads them. A revision
 * keeps the stages it names by id, so opportunities keep their stage through renames and
 * reorders; dropping a stage that an opportunity stands on or once stood on is a 409 conflict.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD, Role.Names.SALES_MANAGER})
public class SalesModels {

    static final String ENTITY = "salesModel";

    @PersistenceContext
    EntityManager em;

    @EJB
    CallerScope caller;

    @EJB
    AuditTrail audit;

    Clock clock = Clock.systemDefaultZone();

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public SalesModelView create(SalesModelDraft draft) {
        SalesModel model = new SalesModel(draft.name(), !Boolean.FALSE.equals(draft.active()), draft.stages(),
                caller.scope().login(), clock.instant());
        em.persist(model);
        em.flush();
        audit.record(AuditAction.CREATE, ENTITY, model.id(), "sales model «" + model.name() + "», "
                + model.stages().size() + " stages", null, null);
        return SalesModelView.of(model);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SALES_HEAD})
    public SalesModelView update(long id, long expectedVersion, SalesModelDraft draft) {
        SalesModel model = model(id);
        if (model.version() != expectedVersion) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, model.version());
        }
        for (SalesStage dropped : model.stagesDroppedBy(draft.stages())) {
            if (inUse(dropped)) {
                throw new ConflictException("crm.conflict.salesModel.stageInUse", dropped.id(), dropped.name());
            }
        }
        String before = model.name() + ": " + model.stages().stream().map(SalesStage::name).toList();
        model.revise(draft.name(), !Boolean.FALSE.equals(draft.active()), draft.stages(), clock.instant());
        // A revision of stages or steps alone leaves the model's row as it was: its version still moves on.
        em.lock(model, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(AuditAction.UPDATE, ENTITY, model.id(), "sales model revised, was " + before, null, null);
        return SalesModelView.of(model);
    }

    public SalesModelView find(long id) {
        return SalesModelView.of(model(id));
    }

    /** Every template, active ones first; a handful, never paged. */
    public List<SalesModelView> list() {
        return em.createQuery("select m from SalesModel m order by m.active desc, m.name, m.id", SalesModel.class)
                .getResultStream().map(SalesModelView::of).toList();
    }

    private SalesModel model(long id) {
        return Optional.ofNullable(em.find(SalesModel.class, id))
                .orElseThrow(() -> new RecordNotFoundException(ENTITY, id));
    }

    private boolean inUse(SalesStage stage) {
        return em.createQuery("select count(o) from Opportunity o where o.stage = :stage", Long.class)
                .setParameter("stage", stage).getSingleResult() > 0
                || em.createQuery("select count(v) from StageVisit v where v.stage = :stage", Long.class)
                .setParameter("stage", stage).getSingleResult() > 0;
    }
}
