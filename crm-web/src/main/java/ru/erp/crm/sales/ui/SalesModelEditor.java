package ru.erp.crm.sales.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ru.erp.crm.platform.ui.Notices;
import ru.erp.crm.sales.boundary.SalesModelDraft;
import ru.erp.crm.sales.boundary.SalesModelView;
import ru.erp.crm.sales.boundary.SalesModels;
import ru.erp.crm.sales.entity.Outcome;
import ru.erp.crm.sales.entity.SalesStep;
import ru.erp.crm.sales.entity.StagePlan;
import ru.erp.crm.sales.entity.StepPlan;
import ru.erp.crm.security.entity.Role;

/**
 * Sales-model templates for heads of sales and admins: the list, and an editor of one template's
 * stages (probability, final kind) and their steps (due offset, performer, blocking). Stages and
 * steps keep their ids through renames and reorders, so opportunities keep their stage; retiring
 * a template saves it inactive. The boundary checks the model's rules and refuses a stage in use.
 */
@Named
@ViewScoped
public class SalesModelEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SalesModels salesModels;

    private List<SalesModelView> models;
    private Long id;
    private long version;
    private String name;
    private boolean active = true;
    private List<StageRow> stages = new ArrayList<>();

    /** A stage as the editor changes it. */
    public static class StageRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private String name;
        private Integer probability;
        private Outcome finalKind;
        private final List<StepRow> steps = new ArrayList<>();

        StagePlan plan() {
            return new StagePlan(id, name, probability, finalKind, steps.stream().map(StepRow::plan).toList());
        }

        public void addStep() {
            StepRow step = new StepRow();
            step.performer = SalesStep.CURATOR;
            step.dueOffsetDays = 1;
            steps.add(step);
        }

        public void removeStep(StepRow step) {
            steps.remove(step);
        }

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getProbability() { return probability; }
        public void setProbability(Integer probability) { this.probability = probability; }
        public Outcome getFinalKind() { return finalKind; }
        public void setFinalKind(Outcome finalKind) { this.finalKind = finalKind; }
        public List<StepRow> getSteps() { return steps; }
    }

    /** A step as the editor changes it. */
    public static class StepRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private Long id;
        private String title;
        private Integer dueOffsetDays;
        private String performer;
        private boolean blocking;

        StepPlan plan() {
            return new StepPlan(id, title, dueOffsetDays, performer, blocking);
        }

        public Long getId() { return id; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Integer getDueOffsetDays() { return dueOffsetDays; }
        public void setDueOffsetDays(Integer dueOffsetDays) { this.dueOffsetDays = dueOffsetDays; }
        public String getPerformer() { return performer; }
        public void setPerformer(String performer) { this.performer = performer; }
        public boolean isBlocking() { return blocking; }
        public void setBlocking(boolean blocking) { this.blocking = blocking; }
    }

    public List<SalesModelView> getModels() {
        if (models == null) {
            models = salesModels.list();
        }
        return models;
    }

    /** An empty template with one open stage to start from. */
    public void startNew() {
        id = null;
        version = 0;
        name = null;
        active = true;
        stages = new ArrayList<>();
        addStage();
    }

    public void edit(long modelId) {
        try {
            fill(salesModels.find(modelId));
        } catch (RuntimeException refused) {
            Notices.problem(refused);
        }
    }

    public void addStage() {
        StageRow stage = new StageRow();
        stage.probability = 0;
        stages.add(stage);
    }

    public void removeStage(StageRow stage) {
        stages.remove(stage);
    }

    /** Moves the stage one place up ({@code -1}) or down ({@code 1}); the ends stay where they are. */
    public void move(StageRow stage, int by) {
        int from = stages.indexOf(stage);
        int to = from + by;
        if (from >= 0 && to >= 0 && to < stages.size()) {
            Collections.swap(stages, from, to);
        }
    }

    public void save() {
        write(active);
    }

    /** Saves the template inactive: new opportunities no longer use it, open ones keep it. */
    public void retire() {
        write(false);
    }

    /** Performers a step may have: the opportunity's curator or a role. */
    public List<String> getPerformers() {
        List<String> performers = new ArrayList<>(List.of(SalesStep.CURATOR));
        for (Role role : Role.values()) {
            performers.add(role.name());
        }
        return performers;
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public boolean isEditing() {
        return !stages.isEmpty() || id != null;
    }

    SalesModelDraft draft(boolean activeAfter) {
        return new SalesModelDraft(name == null ? null : name.strip(), activeAfter,
                stages.stream().map(StageRow::plan).toList());
    }

    void fill(SalesModelView model) {
        id = model.id();
        version = model.version();
        name = model.name();
        active = model.active();
        stages = new ArrayList<>();
        for (SalesModelView.Stage shown : model.stages()) {
            StageRow stage = new StageRow();
            stage.id = shown.id();
            stage.name = shown.name();
            stage.probability = shown.probability();
            stage.finalKind = shown.finalKind();
            for (SalesModelView.Step shownStep : shown.steps()) {
                StepRow step = new StepRow();
                step.id = shownStep.id();
                step.title = shownStep.title();
                step.dueOffsetDays = shownStep.dueOffsetDays();
                step.performer = shownStep.performer();
                step.blocking = shownStep.blocking();
                stage.steps.add(step);
            }
            stages.add(stage);
        }
    }

    private void write(boolean activeAfter) {
        try {
            SalesModelDraft draft = draft(activeAfter);
            fill(id == null ? salesModels.create(draft) : salesModels.update(id, version, draft));
            models = null;
            Notices.info("salesModels.saved");
        } catch (RuntimeException refused) {
            Notices.problem(refused);
        }
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<StageRow> getStages() { return stages; }
}
