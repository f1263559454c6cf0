-- Proposals and leads were built beside opportunities and kept a bare opportunity id; now that
-- opportunities exist, the ids become foreign keys.
alter table proposal add constraint proposal_opportunity_fk foreign key (opportunity_id) references opportunity (id);
alter table sales_lead add constraint sales_lead_opportunity_fk foreign key (opportunity_id) references opportunity (id);
