-- Search at 100,000 cases (issue 27, decision 083): the facts a search filters, gates and counts
-- on, copied onto the case's search document, so that matching, the viewer's visibility rule, the
-- filters and the facets read one row per candidate (no join to "Case", "Study", "Resolution" and
-- "FinalDiagnosis" for every match). Column names are those of "Case", so the policy's SQL forms
-- (visibleCaseSql, labelsVisibleSql, answerVisibleSql) apply to a document as they are.
--
-- A BEFORE trigger on the document fills them from the sources whenever a refresh writes the row,
-- whichever version of search.refresh_case_documents wrote it; the case's own trigger now also
-- fires on the columns the visibility rule reads.
ALTER TABLE search.case_document
  ADD COLUMN "authorId" text,
  ADD COLUMN status text,
  ADD COLUMN visibility text,
  ADD COLUMN "teamId" text,
  ADD COLUMN "createdAt" timestamp(3),
  ADD COLUMN region text,
  ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
  -- Modalities of the studies everyone who sees the case sees, and of all its studies (answer included).
  ADD COLUMN modalities text[] NOT NULL DEFAULT '{}',
  ADD COLUMN "answerModalities" text[] NOT NULL DEFAULT '{}',
  -- The final diagnosis and the secondary ones (answer tier), and the certainty (answer tier).
  ADD COLUMN "diagnosisIds" text[] NOT NULL DEFAULT '{}',
  ADD COLUMN certainty text;

CREATE FUNCTION search.case_document_facts() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  SELECT c."authorId", c.status::text, c.visibility::text, c."teamId", c."createdAt", c.region, coalesce(c.tags, '{}'),
         array(SELECT DISTINCT s.modality FROM "Study" s WHERE s."caseId" = c.id AND NOT s."partOfAnswer" ORDER BY 1),
         array(SELECT DISTINCT s.modality FROM "Study" s WHERE s."caseId" = c.id ORDER BY 1),
         array(SELECT r."diagnosisId" FROM "Resolution" r WHERE r."caseId" = c.id AND r."diagnosisId" IS NOT NULL
               UNION SELECT f."diagnosisId" FROM "FinalDiagnosis" f WHERE f."caseId" = c.id),
         (SELECT r.certainty::text FROM "Resolution" r WHERE r."caseId" = c.id)
    INTO NEW."authorId", NEW.status, NEW.visibility, NEW."teamId", NEW."createdAt", NEW.region, NEW.tags,
         NEW.modalities, NEW."answerModalities", NEW."diagnosisIds", NEW.certainty
  FROM "Case" c WHERE c.id = NEW.case_id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER case_document_facts BEFORE INSERT OR UPDATE ON search.case_document
  FOR EACH ROW EXECUTE FUNCTION search.case_document_facts();

DROP TRIGGER case_search_update ON "Case";
CREATE TRIGGER case_search_update AFTER UPDATE OF title, presentation, tags, region, status, visibility, "teamId", "authorId" ON "Case"
  FOR EACH ROW
  WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.presentation IS DISTINCT FROM NEW.presentation
        OR OLD.tags IS DISTINCT FROM NEW.tags OR OLD.region IS DISTINCT FROM NEW.region
        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.visibility IS DISTINCT FROM NEW.visibility
        OR OLD."teamId" IS DISTINCT FROM NEW."teamId" OR OLD."authorId" IS DISTINCT FROM NEW."authorId")
  EXECUTE FUNCTION search.case_row_changed();

-- The tiers' tsvectors stay in the row (compressed if need be) and the plain texts go to TOAST
-- first: a search evaluates `@@` on every candidate row, and a vector out of line cost a TOAST
-- lookup each time (most of a search's time at 100,000 cases). Every document is written again,
-- so existing ones get the facts and the new layout.
ALTER TABLE search.case_document
  ALTER COLUMN base SET STORAGE MAIN, ALTER COLUMN labels SET STORAGE MAIN, ALTER COLUMN answer SET STORAGE MAIN;
DELETE FROM search.case_document;
SELECT search.refresh_case_documents(ARRAY(SELECT id FROM "Case"));

-- lib/search/sql.ts: a search without words takes the newest matching documents (walks this index).
CREATE INDEX case_document_created_idx ON search.case_document ("createdAt" DESC, case_id DESC);

-- No parallel workers for a search: its statement is small per call and many run at once, and
-- starting workers for the typo branch (even when its one-time filter then skips it) cost more
-- than the search itself.
ALTER TABLE search.case_document SET (parallel_workers = 0);
