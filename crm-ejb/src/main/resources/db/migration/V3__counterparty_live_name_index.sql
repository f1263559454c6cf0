-- Name-prefix search counts its matches when the first page is full. With merged_into_id in the
-- index next to search_name, the "live record" test of that count is answered from the index
-- instead of one table row per match (about 1,100 rows per typed-ahead prefix at a million customers).
create index counterparty_live_name_ix on counterparty (search_name, merged_into_id, id);
