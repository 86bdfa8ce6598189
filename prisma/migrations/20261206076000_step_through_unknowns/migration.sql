-- Step-through unknowns (decision 088): the case's setting and each learner's differential per step.
ALTER TABLE "Case" ADD COLUMN "stepThrough" BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE "StepDifferential" (
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "diagnosisIds" TEXT[],
    "committedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StepDifferential_pkey" PRIMARY KEY ("caseId","userId","step")
);

ALTER TABLE "StepDifferential" ADD CONSTRAINT "StepDifferential_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StepDifferential" ADD CONSTRAINT "StepDifferential_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Search: on a step-through case, every entry after the first step (a study or event that has a
-- study not part of the answer before it) goes in the answer tier with the answer entries, so a
-- learner's search never matches a study they have not unlocked (the rule of
-- lib/cases/answer-entries.ts at step 0: search does not know a viewer's progress).
CREATE OR REPLACE FUNCTION search.refresh_case_documents(ids text[]) RETURNS void
LANGUAGE sql SET search_path = pg_catalog, public AS $$
  INSERT INTO search.case_document AS d (case_id, base, labels, answer, base_text, labels_text, answer_text)
  SELECT c.id,
         setweight(to_tsvector('english', c.presentation), 'B')
           || setweight(to_tsvector('english', coalesce(st.impressions, '')), 'B')
           || setweight(to_tsvector('english', concat_ws(' ', c.region, st.findings, ev.events)), 'C'),
         setweight(to_tsvector('english', c.title), 'A')
           || setweight(to_tsvector('english', array_to_string(coalesce(c.tags, '{}'), ' ')), 'B'),
         setweight(to_tsvector('english', concat_ws(' ', dx.name, r."diagnosisText", array_to_string(dx.synonyms, ' '), fd.names)), 'A')
           || setweight(to_tsvector('english', concat_ws(' ', r.explanation, r."teachingPoints", st.hidden, ev.hidden)), 'C'),
         concat_ws(' ', c.presentation, st.impressions, c.region, st.findings, ev.events),
         concat_ws(' ', c.title, array_to_string(coalesce(c.tags, '{}'), ' ')),
         concat_ws(' ', dx.name, r."diagnosisText", array_to_string(dx.synonyms, ' '), fd.names, r.explanation, r."teachingPoints", st.hidden, ev.hidden)
  FROM "Case" c
  LEFT JOIN LATERAL (
    SELECT string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings), ' ' ORDER BY s.position) FILTER (WHERE NOT s.held) AS findings,
           string_agg(s.impression, ' ' ORDER BY s.position) FILTER (WHERE NOT s.held) AS impressions,
           string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings, s.impression), ' ' ORDER BY s.position) FILTER (WHERE s.held) AS hidden
    FROM (SELECT s.*, s."partOfAnswer" OR (c."stepThrough" AND EXISTS (
            SELECT 1 FROM "Study" p WHERE p."caseId" = c.id AND NOT p."partOfAnswer" AND (p."dayOffset", p.position) < (s."dayOffset", s.position))) AS held
          FROM "Study" s WHERE s."caseId" = c.id) s) st ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(e.description, ' ' ORDER BY e.position) FILTER (WHERE NOT e.held) AS events,
           string_agg(e.description, ' ' ORDER BY e.position) FILTER (WHERE e.held) AS hidden
    FROM (SELECT e.*, e."partOfAnswer" OR (c."stepThrough" AND EXISTS (
            SELECT 1 FROM "Study" p WHERE p."caseId" = c.id AND NOT p."partOfAnswer" AND (p."dayOffset", p.position) < (e."dayOffset", e.position))) AS held
          FROM "ClinicalEvent" e WHERE e."caseId" = c.id) e) ev ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(concat_ws(' ', g.name, array_to_string(g.synonyms, ' ')), ' ' ORDER BY f.position) AS names
    FROM "FinalDiagnosis" f JOIN "Diagnosis" g ON g.id = f."diagnosisId" WHERE f."caseId" = c.id) fd ON true
  LEFT JOIN "Resolution" r ON r."caseId" = c.id
  LEFT JOIN "Diagnosis" dx ON dx.id = r."diagnosisId"
  WHERE c.id = ANY(ids)
  ON CONFLICT (case_id) DO UPDATE SET
    base = excluded.base, labels = excluded.labels, answer = excluded.answer,
    base_text = excluded.base_text, labels_text = excluded.labels_text, answer_text = excluded.answer_text;
$$;

-- Turning the setting on or off moves entries between the tiers.
CREATE TRIGGER case_search_step_through AFTER UPDATE OF "stepThrough" ON "Case"
  FOR EACH ROW WHEN (OLD."stepThrough" IS DISTINCT FROM NEW."stepThrough")
  EXECUTE FUNCTION search.case_row_changed();
