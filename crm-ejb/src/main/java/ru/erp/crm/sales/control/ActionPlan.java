package ru.erp.crm.sales.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.erp.crm.activity.entity.Activity;
import ru.erp.crm.activity.entity.ActivityKind;
import ru.erp.crm.activity.entity.ActivityStatus;
import ru.erp.crm.sales.entity.Opportunity;
import ru.erp.crm.sales.entity.SalesStage;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.security.entity.Role;
import ru.erp.crm.security.entity.UserAccount;

/**
 * An opportunity's action plan: the tasks its stages' steps generate. Entering a stage plans one
 * task (an {@link Activity} of kind TASK naming its step) per step, for the curator, or the
 * curator's head for a SALES_HEAD step (other roles have no one user tied to the opportunity, so
 * the curator does them too), due at the end of the day {@code dueOffsetDays} from today.
 * A blocking step is undone while a task generated for it since the opportunity entered the stage
 * is not DONE (a cancelled task still blocks); a step added to the template after that has no task
 * and does not block.
 */
public class ActionPlan {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private final EntityManager em;
    private final Clock clock;

    public ActionPlan(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Plans the tasks of the stage the opportunity has just entered. */
    public List<Activity> generate(Opportunity opportunity, String by, Instant now) {
        List<Activity> tasks = new ArrayList<>();
        SalesStage stage = opportunity.stage();
        for (SalesStep step : stage.steps()) {
            Activity task = new Activity(ActivityKind.TASK, null, null, dueAfter(step.dueOffsetDays()), step.title(),
                    "Сделка " + opportunity.number() + " «" + opportunity.title() + "», этап «" + stage.name() + "»",
                    performer(opportunity, step), by, now);
            task.concern(opportunity.customer(), opportunity.contactPerson().orElse(null), opportunity.id());
            task.followStep(step.id());
            task.remindByDefault(clock.getZone(), now);
            em.persist(task);
            tasks.add(task);
        }
        return tasks;
    }

    /** The current stage's blocking steps whose tasks are not done. */
    public List<SalesStep> undoneBlockingSteps(Opportunity opportunity) {
        List<SalesStep> blocking = opportunity.stage().blockingSteps();
        if (blocking.isEmpty()) {
            return List.of();
        }
        Instant entered = opportunity.visits().get(opportunity.visits().size() - 1).enteredAt();
        Set<Long> done = new HashSet<>();
        Set<Long> pending = new HashSet<>();
        em.createQuery("select a.salesStepId, a.status from Activity a where a.opportunityId = :opportunity"
                        + " and a.salesStepId is not null and a.createdAt >= :entered", Object[].class)
                .setParameter("opportunity", opportunity.id()).setParameter("entered", entered)
                .getResultList().forEach(row -> (row[1] == ActivityStatus.DONE ? done : pending).add((Long) row[0]));
        return blocking.stream().filter(step -> pending.contains(step.id()) && !done.contains(step.id())).toList();
    }

    /** The tasks the plan generated for the opportunity over all its stages, oldest first. */
    public List<Activity> tasks(Opportunity opportunity) {
        return em.createQuery("select a from Activity a where a.opportunityId = :opportunity"
                        + " and a.salesStepId is not null order by a.createdAt, a.id", Activity.class)
                .setParameter("opportunity", opportunity.id()).getResultList();
    }

    /** The end of the day {@code days} from today: a task due "today" is due until the day ends. */
    public Instant dueAfter(int days) {
        return LocalDate.now(clock).plusDays(days).atTime(END_OF_DAY).atZone(clock.getZone()).toInstant();
    }

    static UserAccount performer(Opportunity opportunity, SalesStep step) {
        UserAccount curator = opportunity.curator();
        return step.performerRole().filter(Role.SALES_HEAD::equals).flatMap(role -> curator.head()).orElse(curator);
    }
}
