package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import ru.erp.crm.activity.boundary.CalendarOwner;
import ru.erp.crm.activity.boundary.Calendars;
import ru.erp.crm.activity.ui.ActivityChanged;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.CloseReasonView;
import ru.erp.crm.sales.boundary.Opportunities;
import ru.erp.crm.sales.boundary.OpportunityCard;
import ru.erp.crm.sales.boundary.OpportunityCard.Stage;
import ru.erp.crm.sales.boundary.OpportunityView;
import ru.erp.crm.sales.entity.OpportunityState;
import ru.erp.crm.sales.entity.Outcome;

/**
 * The opportunity card: stage bar, action plan (a task opens in the activity dialog, where it is
 * completed), stage history with durations, and the moves: forward to the next stage, back with a
 * reason, won or lost with a reason from the list, handed over to another curator. Every move
 * sends the version the card shows; a refusal (a blocked move names its undone steps) is shown
 * and the card read again.
 */
@Named
@ViewScoped
public class OpportunityPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Opportunities opportunities;

    @EJB
    transient Calendars calendars;

    private Long id;
    private OpportunityCard card;
    private Long backTo;
    private String reason;
    private Long closeReasonId;
    private String comment;
    private Long curatorId;
    private List<CloseReasonView> closeReasons;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(opportunities.card(id));
        } catch (RuntimeException refused) {
            Notices.problem(refused);
        }
    }

    /** The next open stage after the current one, if any: where "forward" goes. */
    public Optional<Stage> nextStage() {
        List<Stage> stages = card == null ? List.of() : card.stages();
        int current = currentIndex(stages);
        return current < 0 ? Optional.empty()
                : stages.subList(current + 1, stages.size()).stream().filter(s -> s.finalKind() == null).findFirst();
    }

    public Stage getNextStage() {
        return nextStage().orElse(null);
    }

    /** The open stages before the current one: where "back" may go. */
    public List<Stage> getEarlierStages() {
        List<Stage> stages = card == null ? List.of() : card.stages();
        int current = currentIndex(stages);
        return current <= 0 ? List.of()
                : stages.subList(0, current).stream().filter(s -> s.finalKind() == null).toList();
    }

    public void moveForward() {
        nextStage().ifPresent(next -> act(() -> opportunities.moveTo(id, version(), next.id(), null)));
    }

    public void moveBack() {
        if (backTo != null && act(() -> opportunities.moveTo(id, version(), backTo, reason))) {
            backTo = null;
            reason = null;
        }
    }

    public void win() {
        close(Outcome.WON);
    }

    public void lose() {
        close(Outcome.LOST);
    }

    public void reassign() {
        if (curatorId != null) {
            act(() -> opportunities.reassign(id, version(), curatorId));
        }
    }

    /** The reasons of one outcome for the win and lose dialogs. */
    public List<CloseReasonView> reasons(Outcome outcome) {
        if (closeReasons == null) {
            closeReasons = opportunities.closeReasons(null);
        }
        return closeReasons.stream().filter(r -> r.outcome() == outcome).toList();
    }

    /** A reason's name in the page's language. */
    public String reasonName(CloseReasonView reason) {
        return "en".equals(Notices.locale().getLanguage()) ? reason.nameEn() : reason.nameRu();
    }

    /** Whom the opportunity may be handed to: the caller's team for heads, everyone for admins. */
    public List<CalendarOwner> getCurators() {
        return calendars.owners();
    }

    public boolean isOpen() {
        return card != null && card.opportunity().state() == OpportunityState.OPEN;
    }

    /** The history's durations in whole days and hours ("3 д 4 ч" / "3 d 4 h"). */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long days = duration.toDays();
        long hours = duration.minusDays(days).toHours();
        return days > 0 ? days + " " + Notices.text("opportunity.days") + " " + hours + " " + Notices.text("opportunity.hours")
                : hours + " " + Notices.text("opportunity.hours");
    }

    private void close(Outcome outcome) {
        if (closeReasonId == null) {
            Notices.error("opportunity.closeReason.required");
            return;
        }
        boolean done = act(() -> outcome == Outcome.WON ? opportunities.win(id, version(), closeReasonId, comment)
                : opportunities.lose(id, version(), closeReasonId, comment));
        if (done) {
            closeReasonId = null;
            comment = null;
        }
    }

    private boolean act(Supplier<OpportunityView> move) {
        try {
            move.get();
            show(opportunities.card(id));
            return true;
        } catch (RuntimeException refused) {
            Notices.problem(refused);
            load();
            return false;
        }
    }

    /** The dialog completed or changed a task of the plan: the plan and what blocks the move change with it. */
    void onActivityChanged(@Observes(notifyObserver = Reception.IF_EXISTS) ActivityChanged change) {
        load();
    }

    private long version() {
        return card.opportunity().version();
    }

    private static int currentIndex(List<Stage> stages) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).current()) {
                return i;
            }
        }
        return -1;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public OpportunityCard getCard() { return card; }
    public Long getBackTo() { return backTo; }
    public void setBackTo(Long backTo) { this.backTo = backTo; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getCloseReasonId() { return closeReasonId; }
    public void setCloseReasonId(Long closeReasonId) { this.closeReasonId = closeReasonId; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public Long getCuratorId() { return curatorId; }
    public void setCuratorId(Long curatorId) { this.curatorId = curatorId; }

    void show(OpportunityCard shown) {
        card = shown;
        id = shown.opportunity().id();
    }
}
