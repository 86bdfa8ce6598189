-- A case whose tags column is NULL (rows written before tags had a default, or by hand) still gets
-- its search document: array_to_string(NULL) is NULL, and a NULL tsvector made the whole `labels`
-- NULL, which the NOT NULL column refused, failing the write of the case itself.
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
    SELECT string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings), ' ') FILTER (WHERE NOT s."partOfAnswer") AS findings,
           string_agg(s.impression, ' ') FILTER (WHERE NOT s."partOfAnswer") AS impressions,
           string_agg(concat_ws(' ', s.modality, s.region, s.technique, s.findings, s.impression), ' ') FILTER (WHERE s."partOfAnswer") AS hidden
    FROM "Study" s WHERE s."caseId" = c.id) st ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(e.description, ' ') FILTER (WHERE NOT e."partOfAnswer") AS events,
           string_agg(e.description, ' ') FILTER (WHERE e."partOfAnswer") AS hidden
    FROM "ClinicalEvent" e WHERE e."caseId" = c.id) ev ON true
  LEFT JOIN LATERAL (
    SELECT string_agg(concat_ws(' ', g.name, array_to_string(g.synonyms, ' ')), ' ') AS names
    FROM "FinalDiagnosis" f JOIN "Diagnosis" g ON g.id = f."diagnosisId" WHERE f."caseId" = c.id) fd ON true
  LEFT JOIN "Resolution" r ON r."caseId" = c.id
  LEFT JOIN "Diagnosis" dx ON dx.id = r."diagnosisId"
  WHERE c.id = ANY(ids)
  ON CONFLICT (case_id) DO UPDATE SET
    base = excluded.base, labels = excluded.labels, answer = excluded.answer,
    base_text = excluded.base_text, labels_text = excluded.labels_text, answer_text = excluded.answer_text;
$$;
