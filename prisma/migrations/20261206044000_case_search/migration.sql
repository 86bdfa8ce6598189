-- Case search (issue 27, decisions 057 and 058): PostgreSQL full-text search and pg_trgm over a
-- per-case document, kept in step with its sources by triggers. The table lives in its own schema
-- ("search") so that Prisma, which manages "public", neither models nor drops it.
--
-- One row per case, in three tiers that the search statement gates by what the viewer may see
-- (lib/cases/policy.ts): `base` (presentation, studies, events: everyone who sees the case),
-- `labels` (title and tags: hidden on an unknown case from all but its editors) and `answer`
-- (diagnosis with its catalogue synonyms, explanation, teaching points: hidden until resolved).
-- A hidden tier is never part of the document a viewer's query is matched, ranked or counted on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA IF NOT EXISTS search;

CREATE TABLE search.case_document (
  case_id     text PRIMARY KEY REFERENCES public."Case"(id) ON DELETE CASCADE,
  base        tsvector NOT NULL,
  labels      tsvector NOT NULL,
  answer      tsvector NOT NULL,
  -- The same tiers as plain text, for typo tolerance (trigram word similarity).
  base_text   text NOT NULL,
  labels_text text NOT NULL,
  answer_text text NOT NULL
);

-- lib/search/sql.ts: full-text match per tier
CREATE INDEX case_document_base_idx ON search.case_document USING gin (base);
CREATE INDEX case_document_labels_idx ON search.case_document USING gin (labels);
CREATE INDEX case_document_answer_idx ON search.case_document USING gin (answer);
-- lib/search/sql.ts: typo-tolerant word match per tier (the %> operator)
CREATE INDEX case_document_base_trgm_idx ON search.case_document USING gin (base_text public.gin_trgm_ops);
CREATE INDEX case_document_labels_trgm_idx ON search.case_document USING gin (labels_text public.gin_trgm_ops);
CREATE INDEX case_document_answer_trgm_idx ON search.case_document USING gin (answer_text public.gin_trgm_ops);

-- Rebuilds the documents of these cases from their sources (a deleted case's row goes with it).
CREATE FUNCTION search.refresh_case_documents(ids text[]) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO search.case_document AS d (case_id, base, labels, answer, base_text, labels_text, answer_text)
  SELECT c.id,
         setweight(to_tsvector('english', c.presentation), 'B')
           || setweight(to_tsvector('english', coalesce(st.impressions, '')), 'B')
           || setweight(to_tsvector('english', concat_ws(' ', c.region, st.findings, ev.events)), 'C'),
         setweight(to_tsvector('english', c.title), 'A')
           || setweight(to_tsvector('english', array_to_string(c.tags, ' ')), 'B'),
         setweight(to_tsvector('english', concat_ws(' ', dx.name, r."diagnosisText", array_to_string(dx.synonyms, ' '))), 'A')
           || setweight(to_tsvector('english', concat_ws(' ', r.explanation, r."teachingPoints")), 'C'),
         concat_ws(' ', c.presentation, st.impressions, c.region, st.findings, ev.events),
         concat_ws(' ', c.title, array_to_string(c.tags, ' ')),
         concat_ws(' ', dx.name, r."diagnosisText", array_to_string(dx.synonyms, ' '), r.explanation, r."teachingPoints")
  FROM "Case" c
  LEFT JOIN LATERAL (
    SELECT string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings), ' ') AS findings,
           string_agg(s.impression, ' ') AS impressions
    FROM "Study" s WHERE s."caseId" = c.id) st ON true
  LEFT JOIN LATERAL (SELECT string_agg(e.description, ' ') AS events FROM "ClinicalEvent" e WHERE e."caseId" = c.id) ev ON true
  LEFT JOIN "Resolution" r ON r."caseId" = c.id
  LEFT JOIN "Diagnosis" dx ON dx.id = r."diagnosisId"
  WHERE c.id = ANY(ids)
  ON CONFLICT (case_id) DO UPDATE SET
    base = excluded.base, labels = excluded.labels, answer = excluded.answer,
    base_text = excluded.base_text, labels_text = excluded.labels_text, answer_text = excluded.answer_text;
$$;

-- A case's own text: on insert, and on updates that change it (not the activity bumps).
CREATE FUNCTION search.case_row_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM search.refresh_case_documents(ARRAY[NEW.id]);
  RETURN NULL;
END;
$$;

CREATE TRIGGER case_search_insert AFTER INSERT ON "Case"
  FOR EACH ROW EXECUTE FUNCTION search.case_row_changed();
CREATE TRIGGER case_search_update AFTER UPDATE OF title, presentation, tags, region ON "Case"
  FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.presentation IS DISTINCT FROM NEW.presentation
        OR OLD.tags IS DISTINCT FROM NEW.tags OR OLD.region IS DISTINCT FROM NEW.region)
  EXECUTE FUNCTION search.case_row_changed();

-- Studies, events and the resolution: once per statement, for the distinct cases it touched.
CREATE FUNCTION search.case_children_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM search.refresh_case_documents(ARRAY(SELECT DISTINCT "caseId" FROM changed));
  RETURN NULL;
END;
$$;

CREATE TRIGGER study_search_insert AFTER INSERT ON "Study" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER study_search_update AFTER UPDATE ON "Study" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER study_search_delete AFTER DELETE ON "Study" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER event_search_insert AFTER INSERT ON "ClinicalEvent" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER event_search_update AFTER UPDATE ON "ClinicalEvent" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER event_search_delete AFTER DELETE ON "ClinicalEvent" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER resolution_search_insert AFTER INSERT ON "Resolution" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER resolution_search_update AFTER UPDATE ON "Resolution" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();
CREATE TRIGGER resolution_search_delete AFTER DELETE ON "Resolution" REFERENCING OLD TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.case_children_changed();

-- A catalogue entry renamed or given new synonyms: the cases resolved to it.
CREATE FUNCTION search.diagnosis_changed() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  PERFORM search.refresh_case_documents(ARRAY(SELECT r."caseId" FROM "Resolution" r WHERE r."diagnosisId" = NEW.id));
  RETURN NULL;
END;
$$;

CREATE TRIGGER diagnosis_search_update AFTER UPDATE OF name, synonyms ON "Diagnosis"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.synonyms IS DISTINCT FROM NEW.synonyms)
  EXECUTE FUNCTION search.diagnosis_changed();

SELECT search.refresh_case_documents(ARRAY(SELECT id FROM "Case"));
