-- Decision 116: each app instance keeps search results until the library changes. Every table the
-- library search statement reads notifies `rounds_library_changed` with its name when a statement
-- writes to it; PostgreSQL delivers the notification at commit (never for a rolled-back write) and
-- once per transaction and table. tests/integration/search-cache.test.ts reads the relations out
-- of the search statement's plans and fails if one of them has no such trigger.
CREATE FUNCTION search.notify_library_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rounds_library_changed', TG_TABLE_NAME);
  RETURN NULL;
END $$;

DO $$
DECLARE
  target regclass;
BEGIN
  FOREACH target IN ARRAY ARRAY[
    'search.case_document', '"Case"', '"Study"', '"Image"', '"ImageSeries"', '"Comment"', '"Vote"',
    '"User"', '"Team"', '"Diagnosis"', '"AgendaItem"', '"Conference"', '"ConferenceParticipant"'
  ]::regclass[] LOOP
    EXECUTE format(
      'CREATE TRIGGER library_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %s FOR EACH STATEMENT EXECUTE FUNCTION search.notify_library_changed()',
      target);
  END LOOP;
END $$;
