-- Planning a search statement estimated each trigram arm (`base_text %> 'word'`) by running the
-- operator over these columns' statistics, samples of whole case texts: about 25 ms of planning
-- per query word at 100,000 cases, as much as the search itself (decision 100). The texts are read
-- only through their trigram indexes and for snippets; no plan needs their statistics, so ANALYZE
-- no longer gathers them, and those gathered before are dropped where the role may do so.
ALTER TABLE search.case_document
  ALTER COLUMN base_text SET STATISTICS 0,
  ALTER COLUMN labels_text SET STATISTICS 0,
  ALTER COLUMN answer_text SET STATISTICS 0;

DO $$
BEGIN
  DELETE FROM pg_statistic
  WHERE starelid = 'search.case_document'::regclass
    AND staattnum IN (SELECT attnum FROM pg_attribute WHERE attrelid = 'search.case_document'::regclass AND attname IN ('base_text', 'labels_text', 'answer_text'));
EXCEPTION WHEN insufficient_privilege THEN
  -- A managed database's owner role may not touch pg_statistic: the old samples stay until the
  -- table is rewritten, and only planning stays slower.
  NULL;
END $$;
