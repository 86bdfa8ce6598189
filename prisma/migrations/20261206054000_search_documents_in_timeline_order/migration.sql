-- A case's search document lists its studies, events and final diagnoses in timeline order. Without
-- an order, string_agg follows the rows' physical order, which updates change: two cases with the
-- same text could get different documents and so different snippets (the search secrecy test
-- compares a case with its copy).
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
    SELECT string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings), ' ' ORDER BY s.position) FILTER (WHERE NOT s."partOfAnswer") AS findings,
           string_agg(s.impression, ' ' ORDER BY s.position) FILTER (WHERE NOT s."partOfAnswer") AS impressions,
           string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings, s.impression), ' ' ORDER BY s.position) FILTER (WHERE s."partOfAnswer") AS hidden
    FROM "Study" s WHERE s."caseId" = c.id) st ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(e.description, ' ' ORDER BY e.position) FILTER (WHERE NOT e."partOfAnswer") AS events,
           string_agg(e.description, ' ' ORDER BY e.position) FILTER (WHERE e."partOfAnswer") AS hidden
    FROM "ClinicalEvent" e WHERE e."caseId" = c.id) ev ON true
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

SELECT search.refresh_case_documents(ARRAY(SELECT id FROM "Case"));
