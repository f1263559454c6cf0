package ru.erp.crm.sales.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.erp.crm.sales.boundary.LeadDraft;
import ru.erp.crm.sales.boundary.LeadQuery;
import ru.erp.crm.sales.boundary.LeadView;
import ru.erp.crm.sales.entity.LeadSource;
import ru.erp.crm.sales.entity.LeadStatus;

class LeadPagesTest {

    @Test
    void theListsFiltersBecomeTheQueryBlanksLeftOut() {
        LeadList list = new LeadList();
        list.setStatus(LeadStatus.NEW);
        list.setUnassigned(true);
        list.setQ("  ");
        assertEquals(new LeadQuery(LeadStatus.NEW, null, null, true, null), list.query());

        list.setQ(" Ромашка ");
        list.clear();
        assertEquals(new LeadQuery(null, null, null, false, null), list.query());
    }

    @Test
    void theCardsFormShowsTheLeadAndSendsItBackAsADraft() {
        LeadForm form = new LeadForm();
        form.fill(new LeadView(7L, LeadSource.WEB, LeadStatus.NEW, "ООО «Ромашка»", "7707083893", null, "Анна",
                "+79161234567", "anna@romashka.ru", "КП", null, null, null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, null, Instant.EPOCH, Instant.EPOCH, 0));
        form.setPhone("8 916 000-00-00");

        assertEquals(new LeadDraft("ООО «Ромашка»", "7707083893", null, "Анна", "8 916 000-00-00", "anna@romashka.ru", "КП"),
                form.draft());
    }
}
