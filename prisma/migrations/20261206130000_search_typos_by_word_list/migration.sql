-- Typos by the library's word list (issue 27, decision 057's typo arms; lib/search/sql.ts).
--
-- A typed word that matched nothing was compared with the whole text of every document whose
-- trigrams it shares (`base_text %> 'word'` over a gin_trgm_ops index on ~1 KB texts): the index
-- returned tens of thousands of candidates for a common stem and each was read from TOAST and
-- re-scanned for its best extent before any filter could drop it. At 100,000 cases a typo plus
-- filters that matched nothing took 3-9 s ("fractre tallus" in Head on DXA), a typo of a common
-- word 15-19 s ("swellng").
--
-- Now a typed word is first compared with the distinct words of the library (search.word: short
-- strings, trigram-indexed), and the documents are matched by those words through
-- GIN indexes over each tier's words, like any other word. A document matches when a tier the
-- viewer may see has a word within trigram word similarity of the typed one (the same `%>` and
-- pg_trgm.word_similarity_threshold as before, whole words rather than any run of the text), so
-- which words other (hidden) cases have changes only the list of alternatives, never a hit.

-- Each tier's distinct words, as typed (lower-cased, unstemmed, stop words kept: what `%>` saw), no positions.
ALTER TABLE search.case_document
  ADD COLUMN base_words tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', base_text))) STORED,
  ADD COLUMN labels_words tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', labels_text))) STORED,
  ADD COLUMN answer_words tsvector GENERATED ALWAYS AS (strip(to_tsvector('simple', answer_text))) STORED;
-- Kept in the row like the tiers' tsvectors (decision 083): a search tests them on candidate rows.
-- The documents already written get that layout by being written once more (their facts are
-- unchanged, so the trigger that copies them is off meanwhile).
ALTER TABLE search.case_document
  ALTER COLUMN base_words SET STORAGE MAIN, ALTER COLUMN labels_words SET STORAGE MAIN, ALTER COLUMN answer_words SET STORAGE MAIN;
ALTER TABLE search.case_document DISABLE TRIGGER case_document_facts;
UPDATE search.case_document SET base_words = DEFAULT, labels_words = DEFAULT, answer_words = DEFAULT;
ALTER TABLE search.case_document ENABLE TRIGGER case_document_facts;

CREATE INDEX case_document_base_words_idx ON search.case_document USING gin (base_words);
CREATE INDEX case_document_labels_words_idx ON search.case_document USING gin (labels_words);
CREATE INDEX case_document_answer_words_idx ON search.case_document USING gin (answer_words);

-- The texts' trigram indexes served only the old typo arms (the texts are read for snippets only).
DROP INDEX search.case_document_base_trgm_idx;
DROP INDEX search.case_document_labels_trgm_idx;
DROP INDEX search.case_document_answer_trgm_idx;

-- The library's words: every word of three letters or more of any tier of any document (a shorter
-- word cannot reach the similarity threshold against a typed word of four letters or more). Only
-- ever added to: a word no document has any more matches nothing.
CREATE TABLE search.word (word text PRIMARY KEY);
CREATE INDEX word_trgm_idx ON search.word USING gin (word public.gin_trgm_ops);

CREATE FUNCTION search.add_document_words() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
  -- In one order, so that two writers adding the same new words cannot deadlock.
  INSERT INTO search.word (word)
  SELECT DISTINCT w FROM changed d, unnest(tsvector_to_array(d.base_words || d.labels_words || d.answer_words)) w
  WHERE length(w) >= 3 AND NOT EXISTS (SELECT 1 FROM search.word x WHERE x.word = w)
  ORDER BY 1
  ON CONFLICT (word) DO NOTHING;
  RETURN NULL;
END;
$$;

CREATE TRIGGER case_document_words_insert AFTER INSERT ON search.case_document REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.add_document_words();
CREATE TRIGGER case_document_words_update AFTER UPDATE ON search.case_document REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION search.add_document_words();

INSERT INTO search.word (word)
SELECT DISTINCT w FROM search.case_document d, unnest(tsvector_to_array(d.base_words || d.labels_words || d.answer_words)) w
WHERE length(w) >= 3
ON CONFLICT (word) DO NOTHING;

-- Filters before rows (lib/search/sql.ts filterConditions): a search whose words are common but
-- whose filters match few or no documents read every document with those words (tens of
-- thousands) to drop them one by one, and a search without words walked the whole library. With
-- these, PostgreSQL intersects the words' bitmaps with the filters' and reads only what passes.
CREATE INDEX case_document_region_idx ON search.case_document (region);
CREATE INDEX case_document_author_idx ON search.case_document ("authorId");
CREATE INDEX case_document_team_idx ON search.case_document ("teamId") WHERE "teamId" IS NOT NULL;
CREATE INDEX case_document_modalities_idx ON search.case_document USING gin ("answerModalities");
CREATE INDEX case_document_tags_idx ON search.case_document USING gin (tags);
CREATE INDEX case_document_diagnoses_idx ON search.case_document USING gin ("diagnosisIds");

-- The search statement reads the word list, so a change to it tells the instances' kept results
-- (decision 116). Words added by a document's trigger need no word of their own: the document's
-- change, in the same transaction, already says so. A direct change (a rebuild) does.
CREATE TRIGGER library_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON search.word
  FOR EACH STATEMENT WHEN (pg_trigger_depth() = 0) EXECUTE FUNCTION search.notify_library_changed();
