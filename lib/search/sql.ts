// The library's one search statement (decision 057): matching, filters, ranking, the page and the
// facet counts together, so a search is one round trip whatever the library's size. Every part
// that touches a case's labels (title, tags) or its answer (diagnosis, certainty, teaching points)
// is gated by the viewer's right to see them (lib/cases/policy.ts), in the match, the rank, the
// filters, the facets and the snippet's text alike: a hidden word changes nothing a viewer gets.
// Its cost is bounded whatever the library's size (decision 083): it reads only the case's search
// document (which carries the facts it filters, gates and counts on), takes the newest matches up
// to SEARCH_MATCH_CAP, and ranks, sorts and counts facets over those only. A search that finds
// nothing costs no more: the filters are answered by the document's indexes along with the words,
// and typos by the library's word list (search.word), never by reading the candidates' texts.
import { answerVisibleSql, labelsVisibleSql, visibleCaseSql } from "@/lib/cases/policy";
import { caseDiscussedSql } from "@/lib/conferences/sql";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchParams } from "./schema";
import type { ParsedQuery } from "./terms";

export interface SearchPlan {
  parsed: ParsedQuery;
  /** The catalogue entry the `dx` filter named, resolved from any of its names. */
  diagnosisId: string | null;
  limit: number;
  offset: number;
  cursor: { at: Date; id: string } | null;
  facets: boolean;
}

/**
 * How many matches a search ranks, sorts (other than by activity) and counts facets over: the
 * newest cases that match. Exact below it; above it the total is "at least" and the rank and the
 * counts cover these newest matches (decision 083). A search pages 20 at a time through them.
 */
export const SEARCH_MATCH_CAP = 500;

/**
 * The typo branch (searchSql): how many matches it takes in any order through the word indexes,
 * and, if there were that many, how many of the newest documents (or cases) it reads next.
 */
const TYPO_SOME = 2000;
const TYPO_WINDOW = 10_000;

const tsq = (text: string) => Prisma.sql`to_tsquery('english', ${text})`;

/** `w.word` as a quoted tsquery lexeme: a quote doubled, a backslash escaped. */
const TS_QUOTED = Prisma.raw(String.raw`'''' || replace(replace(w.word, '\', '\\'), '''', '''''') || ''''`);

/**
 * A typed word's typos: the words of the library (search.word: every word of every document, a few
 * thousand short strings with a trigram index) within trigram word similarity of it (`%>`, the
 * pg_trgm.word_similarity_threshold of 0.6), as a tsquery over the tiers' word vectors (unstemmed,
 * as typed); null when no word is near. A scalar subquery: PostgreSQL computes it once per
 * statement, and only if the branch that needs it runs. Never capped, so that which words other
 * (possibly hidden) cases contain changes only this list of alternatives, never a hit: a document
 * matches by a word of a tier of its own that the viewer may see.
 */
function nearWordsSql(word: string): Prisma.Sql {
  return Prisma.sql`(select string_agg(${TS_QUOTED}, ' | ')::tsquery from search.word w where w.word %> ${word})`;
}

/**
 * One group of the query, by its words in any tier of the document `s` the viewer may see, or,
 * with `near` (nearWordsSql: typos), by a word of such a tier near the typed one; the gates read
 * the facts copied onto the document.
 */
function groupMatch(viewer: Viewer, tsquery: string, near: Prisma.Sql | null): Prisma.Sql {
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const q = tsq(tsquery);
  const arms = [Prisma.sql`s.base @@ ${q}`, Prisma.sql`(${lv} and s.labels @@ ${q})`, Prisma.sql`(${av} and s.answer @@ ${q})`];
  if (near) {
    arms.push(Prisma.sql`s.base_words @@ ${near}`, Prisma.sql`(${lv} and s.labels_words @@ ${near})`, Prisma.sql`(${av} and s.answer_words @@ ${near})`);
  }
  return Prisma.sql`(${Prisma.join(arms, " or ")})`;
}

/** Every group by its words (exact) or, with `near` (a fuzzy group's alternatives by its index), by a near word too. */
function textConditions(viewer: Viewer, plan: SearchPlan, near: ((index: number) => Prisma.Sql) | null): Prisma.Sql[] {
  return plan.parsed.groups.map((group, index) => groupMatch(viewer, plan.parsed.tsqueries[index]!, near && group.fuzzy ? near(index) : null));
}

/** A study marked part of the answer (issue 26) counts only where the answer may be seen (`st` is the study). */
const studySeenSql = (answerVisible: Prisma.Sql) => Prisma.sql`(not st."partOfAnswer" or ${answerVisible})`;

/** Whether the case has an image the viewer may see: on a study that is not hidden as part of the answer. */
function hasImagesSql(caseId: Prisma.Sql, answerVisible: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "Image" i join "ImageSeries" se on se.id = i."seriesId" join "Study" st on st.id = se."studyId"
    where i."caseId" = ${caseId} and ${studySeenSql(answerVisible)})`;
}

/**
 * The viewer's visibility rule and the filters, on the document `s` (its copied facts). The array
 * filters are written as containment (`@>`), which the document's GIN indexes answer, so a filter
 * that few or no documents pass narrows the candidates before any row is read; a modality is looked
 * up among all of a case's modalities (a superset of those the viewer may see), then gated.
 */
function filterConditions(viewer: Viewer, params: SearchParams, plan: Pick<SearchPlan, "diagnosisId">): Prisma.Sql[] {
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const where: Prisma.Sql[] = [visibleCaseSql(viewer, "s")];
  if (params.region) where.push(Prisma.sql`s.region = ${params.region}`);
  if (params.modality) {
    where.push(Prisma.sql`s."answerModalities" @> array[${params.modality}]::text[]`, Prisma.sql`${params.modality} = any(case when ${av} then s."answerModalities" else s.modalities end)`);
  }
  if (params.status) where.push(Prisma.sql`s.status = ${params.status}`);
  if (params.dx) where.push(Prisma.sql`(${av} and s."diagnosisIds" @> array[${plan.diagnosisId ?? ""}]::text[])`);
  if (params.certainty) where.push(Prisma.sql`(${av} and s.certainty = ${params.certainty})`);
  if (params.tag) where.push(Prisma.sql`(${lv} and s.tags @> array[${params.tag}]::text[])`);
  if (params.author) where.push(Prisma.sql`s."authorId" = ${params.author}`);
  if (params.team) where.push(Prisma.sql`(s."teamId" = ${params.team} and s."teamId" = any(${viewer.teamIds}::text[]))`);
  if (params.images) where.push(hasImagesSql(Prisma.sql`s.case_id`, av));
  if (params.discussed) where.push(caseDiscussedSql(viewer, Prisma.sql`s.case_id`));
  // The activity dates as a semi-join, which PostgreSQL may drive from the cases' activity index: a
  // range few cases fall in is found there, not by testing every document's case in turn.
  const activity = (condition: Prisma.Sql) => Prisma.sql`exists (select 1 from "Case" c where c.id = s.case_id and ${condition})`;
  if (params.from) where.push(activity(Prisma.sql`c."lastActivityAt" >= ${new Date(`${params.from}T00:00:00Z`)}`));
  if (params.to) where.push(activity(Prisma.sql`c."lastActivityAt" < ${new Date(Date.parse(`${params.to}T00:00:00Z`) + 86_400_000)}`));
  return where;
}

/** The rank of a match `m` (with its gates `lv`, `av`) on its document `s`: only the tiers the viewer may see. */
function rankSql(plan: SearchPlan): Prisma.Sql {
  const q = tsq(plan.parsed.anyTsquery);
  return Prisma.sql`(ts_rank(s.base, ${q}) + case when m.lv then ts_rank(s.labels, ${q}) else 0 end
    + case when m.av then ts_rank(s.answer, ${q}) else 0 end)`;
}

function sortOf(params: SearchParams, hasText: boolean) {
  return params.sort ?? (hasText ? "relevance" : "activity");
}

function orderSql(params: SearchParams, hasText: boolean): Prisma.Sql {
  const sort = sortOf(params, hasText);
  if (sort === "relevance" && hasText) return Prisma.sql`m.score desc, m.at desc, m.id desc`;
  if (sort === "discussed") {
    return Prisma.sql`(select count(*) from "Comment" x where x."caseId" = m.id and x."deletedAt" is null) desc, m.at desc, m.id desc`;
  }
  if (sort === "votes") return Prisma.sql`(select count(*) from "Vote" v where v."caseId" = m.id) desc, m.at desc, m.id desc`;
  return Prisma.sql`m.at desc, m.id desc`;
}

/** A facet as a JSON array of { value, label, count }, from a query returning those columns. */
const facet = (query: Prisma.Sql) =>
  Prisma.sql`(select coalesce(json_agg(json_build_object('value', f.value, 'label', f.label, 'count', f.n) order by f.n desc, f.label), '[]'::json) from (${query}) f)`;

/** The facet counts over `m`, whose columns are already gated (tags, diagnoses, certainty, modalities). */
function facetsSql(viewer: Viewer): Prisma.Sql {
  const unnested = (column: string) => Prisma.sql`select x.value, x.value as label, count(*)::int as n from m, unnest(m.${Prisma.raw(column)}) x(value) group by x.value`;
  return Prisma.sql`,
    ${facet(Prisma.sql`select m.region as value, m.region as label, count(*)::int as n from m group by m.region`)} as regions,
    ${facet(unnested("modalities"))} as modalities,
    ${facet(Prisma.sql`select m.status as value, m.status as label, count(*)::int as n from m where m.status in ('unknown', 'open', 'resolved') group by m.status`)} as statuses,
    ${facet(Prisma.sql`${unnested("tags")} order by n desc, x.value limit 15`)} as tags,
    ${facet(Prisma.sql`select m."authorId" as value, u.name as label, count(*)::int as n from m join "User" u on u.id = m."authorId" group by m."authorId", u.name order by n desc, u.name limit 10`)} as authors,
    ${facet(Prisma.sql`select m."teamId" as value, t.name as label, count(*)::int as n from m join "Team" t on t.id = m."teamId"
      where m."teamId" = any(${viewer.teamIds}::text[]) group by m."teamId", t.name`)} as teams,
    ${facet(Prisma.sql`select d.id as value, d.name as label, count(*)::int as n from m, unnest(m.dx) x(id)
      join "Diagnosis" d on d.id = x.id group by d.id, d.name order by n desc, d.name limit 10`)} as diagnoses,
    ${facet(Prisma.sql`select m.certainty as value, m.certainty as label, count(*)::int as n from m where m.certainty is not null group by m.certainty`)} as certainties,
    (select count(*)::int from m where ${hasImagesSql(Prisma.sql`m.id`, Prisma.sql`m.av`)}) as "withImages",
    (select count(*)::int from m where ${caseDiscussedSql(viewer, Prisma.sql`m.id`)}) as "discussedCount"`;
}

/**
 * The statement. `hits` is the newest SEARCH_MATCH_CAP + 1 documents this viewer may see that
 * match every word and filter (by the library's words near a typed one only when the words matched
 * nothing), with the facet columns already gated; `m` at most SEARCH_MATCH_CAP of them with their
 * activity. Then the page (ranked or sorted on `m`; in activity order, sorted on `m` or, past the
 * cap, the newest matches of the whole library, keyset-paged), the total (`capped` when there were
 * more) and the facets over `m`.
 */
export function searchSql(viewer: Viewer, params: SearchParams, plan: SearchPlan): Prisma.Sql {
  const hasText = plan.parsed.groups.length > 0;
  const lv = labelsVisibleSql(viewer, "s");
  const av = answerVisibleSql(viewer, "s");
  const filters = filterConditions(viewer, params, plan);
  const exact = [...filters, ...textConditions(viewer, plan, null)];
  // Typos run only when the words themselves matched nothing (a one-time filter: PostgreSQL skips
  // the branch, and the word list, otherwise). Each fuzzy group's near words are looked up once
  // (`near`), then matched like words: through the tiers' word indexes, with the filters.
  const fuzzyGroups = plan.parsed.groups.flatMap((group, index) => (group.fuzzy ? [{ index, word: group.fuzzy }] : []));
  const near = (index: number) => Prisma.sql`(select n.${Prisma.raw(`g${index}`)} from near n)`;
  const fuzzy = fuzzyGroups.length ? [...filters, ...textConditions(viewer, plan, near), Prisma.sql`not exists (select 1 from hits_exact)`] : null;
  const nearCte = fuzzyGroups.length
    ? Prisma.sql`near as materialized (select ${Prisma.join(fuzzyGroups.map(({ index, word }) => Prisma.sql`${nearWordsSql(word)} as ${Prisma.raw(`g${index}`)}`))}),`
    : Prisma.empty;
  const hitSelect = (where: Prisma.Sql[], documents = Prisma.sql`search.case_document`, newest = true) => Prisma.sql`
      select s.case_id as id, s."createdAt" as created, s.region, s.status, s."authorId", s."teamId",
             case when ${lv} then s.tags else '{}'::text[] end as tags,
             case when ${av} then s."diagnosisIds" else '{}'::text[] end as dx,
             case when ${av} then s.certainty end as certainty,
             case when ${av} then s."answerModalities" else s.modalities end as modalities, ${lv} as lv, ${av} as av
      from ${documents} s where ${Prisma.join(where, " and ")}
      ${newest ? Prisma.sql`order by s."createdAt" desc, s.case_id desc limit ${SEARCH_MATCH_CAP + 1}` : Prisma.sql`limit ${TYPO_SOME}`}`;
  const sort = sortOf(params, hasText);
  const ranked = sort === "relevance" && hasText;
  const byActivity = sort === "activity" || (sort === "relevance" && !hasText);
  // In activity order the page walks the cases newest activity first (keyset-paged past the cap).
  const cursor = plan.cursor ? Prisma.sql`and (c."lastActivityAt", c.id) < (${plan.cursor.at}, ${plan.cursor.id})` : Prisma.empty;
  const walk = (where: Prisma.Sql[], cases = Prisma.sql`"Case"`) => Prisma.sql`(select c.id, c."lastActivityAt" as at, 0::real as score
      from ${cases} c join search.case_document s on s.case_id = c.id where ${Prisma.join(where, " and ")} ${cursor}
      order by c."lastActivityAt" desc, c.id desc limit ${plan.limit})`;
  // The typo branch matches by words PostgreSQL learns only while it runs (`near`), so it cannot
  // plan for how many documents have them. It takes up to TYPO_SOME matches in any order through
  // the word indexes (the filters' indexes with them): if that is all of them, the newest are among
  // them. Else the near words are common, and the newest TYPO_WINDOW documents (cases, in activity
  // order) hold the newest matches, unless they hold too few; only then are all matches sorted.
  // Each step runs only if the one before fell short; each gives exactly the newest matches.
  // In activity order, while the matches are not capped they are all in `m`, with their activity:
  // the page is sorted from there, and the library is walked only past the cap (plenty of matches).
  const recentDocuments = Prisma.sql`(select * from search.case_document s order by s."createdAt" desc, s.case_id desc limit ${TYPO_WINDOW})`;
  const recentCases = Prisma.sql`(select * from "Case" c where true ${cursor} order by c."lastActivityAt" desc, c.id desc limit ${TYPO_WINDOW})`;
  const fewer = (cte: string, than: number) => Prisma.sql`(select count(*) from ${Prisma.raw(cte)}) < ${than}`;
  const fuzzyHits = fuzzy
    ? Prisma.sql`hits_some as materialized (${hitSelect(fuzzy, undefined, false)}),
    hits_recent as materialized (${hitSelect([...fuzzy, Prisma.sql`not ${fewer("hits_some", TYPO_SOME)}`], recentDocuments)}),
    hits as (select * from hits_exact
      union all (select * from hits_some where ${fewer("hits_some", TYPO_SOME)} order by created desc, id desc limit ${SEARCH_MATCH_CAP + 1})
      union all (select * from hits_recent where not ${fewer("hits_recent", SEARCH_MATCH_CAP + 1)})
      union all (${hitSelect([...fuzzy, Prisma.sql`not ${fewer("hits_some", TYPO_SOME)}`, fewer("hits_recent", SEARCH_MATCH_CAP + 1)])})),`
    : Prisma.sql`hits as (select * from hits_exact),`;
  const capped = Prisma.sql`(select count(*) from hits) > ${SEARCH_MATCH_CAP}`;
  const fuzzyWalk = fuzzy && byActivity ? Prisma.sql`walk_recent as materialized ${walk([...fuzzy, capped], recentCases)},` : Prisma.empty;
  const afterCursor = plan.cursor ? Prisma.sql`and (m.at, m.id) < (${plan.cursor.at}, ${plan.cursor.id})` : Prisma.empty;
  const pageSource = byActivity
    ? Prisma.sql`(select m.id, m.at, 0::real as score from m where not ${capped} ${afterCursor} order by m.at desc, m.id desc limit ${plan.limit})
      union all ${walk([...exact, Prisma.sql`(select count(*) from hits_exact) > ${SEARCH_MATCH_CAP}`])}${fuzzy ? Prisma.sql`
      union all (select * from walk_recent where not ${fewer("walk_recent", plan.limit)})
      union all ${walk([...fuzzy, capped, fewer("walk_recent", plan.limit)])}` : Prisma.empty}`
    : ranked ? Prisma.sql`select m.*, ${rankSql(plan)} as score from m join search.case_document s on s.case_id = m.id` : Prisma.sql`select m.*, 0::real as score from m`;
  const cv = answerVisibleSql(viewer, "c");
  const clv = labelsVisibleSql(viewer, "c");
  const texts = hasText
    ? Prisma.sql`array[s.base_text, case when ${clv} then s.labels_text else '' end, case when ${cv} then s.answer_text else '' end]`
    : Prisma.sql`array[]::text[]`;
  return Prisma.sql`
    with ${nearCte} hits_exact as materialized (${hitSelect(exact)}),
    ${fuzzyHits} ${fuzzyWalk}
    m as materialized (select h.*, c."lastActivityAt" as at
      from (select * from hits order by created desc, id desc limit ${SEARCH_MATCH_CAP}) h join "Case" c on c.id = h.id),
    page as (
      select m.id, row_number() over (order by ${orderSql(params, hasText)}) as ord
      from (${pageSource}) m order by ${orderSql(params, hasText)} limit ${plan.limit} offset ${plan.offset}
    )
    select (select count(*)::int from m) as total, (select count(*) > ${SEARCH_MATCH_CAP} from hits) as capped,
      coalesce((select json_agg(json_build_object(
        'id', c.id, 'title', c.title, 'presentation', c.presentation, 'region', c.region,
        'lastActivityAt', to_char(c."lastActivityAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        'authorId', c."authorId", 'status', c.status, 'visibility', c.visibility, 'teamId', c."teamId", 'stepThrough', c."stepThrough",
        'author', json_build_object('name', u.name),
        'studies', coalesce((select json_agg(json_build_object('modality', st.modality, 'dayOffset', st."dayOffset", 'position', st.position)) from "Study" st
          where st."caseId" = c.id and ${studySeenSql(cv)}), '[]'::json),
        'texts', ${texts}) order by p.ord)
        from page p join "Case" c on c.id = p.id join "User" u on u.id = c."authorId"
        ${hasText ? Prisma.sql`join search.case_document s on s.case_id = c.id` : Prisma.empty}), '[]'::json) as items
      ${plan.facets ? facetsSql(viewer) : Prisma.empty}`;
}

/** A query's groups as the search matches them: each group's tsquery and its word for trigram similarity. */
export type GroupTerms = Array<{ tsquery: string; fuzzy: string | null }>;

export interface SuggestionPlan {
  /** The query as searched. */
  groups: GroupTerms;
  /** Whether a filter narrowed the search (else the words alone found nothing: no need to ask). */
  filtered: boolean;
  diagnosisId: string | null;
  /** Each respellable word as typed, its own forms as a tsquery (without the catalogue's close words). */
  typed: string[];
  /**
   * The respelled queries to check: `replaced[i]` says whether typed word i is replaced. The one
   * checked is the one replacing exactly the typed words that no case this viewer sees has.
   */
  options: Array<{ replaced: boolean[]; groups: GroupTerms }>;
}

/**
 * A search that found nothing (lib/search/suggest.ts): one statement, on that path only, answers
 * - `wordsMatch`: whether the words alone (every group, as the search matches them) find a case the
 *   viewer may see, without the filters: then only the filters emptied the result;
 * - `known`: for each respellable word, whether the viewer may see a case that has it as typed
 *   (a word of the library is not a typo and is never respelled);
 * - `found`: unless the words matched, whether the query with the other words respelled finds a
 *   case for this viewer with these filters (the search's own matching: exact, or by similarity).
 * Only what the viewer may see takes part (the document's tiers behind their gates, their cases
 * behind the visibility rule): a hidden word never makes a suggestion, nor suppresses one.
 */
export function suggestionSql(viewer: Viewer, params: SearchParams, plan: SuggestionPlan): Prisma.Sql {
  // `exists` alone is planned to stop at the first row: a scan of every document when none matches
  // (the usual answer here). Materialized, the rows are planned as a whole: from the indexes.
  const any = (where: Prisma.Sql[]) => Prisma.sql`exists (with v as materialized (
      select 1 from search.case_document s where ${Prisma.join(where, " and ")}) select 1 from v)`;
  // As the search matches: by the words, else (only then, and only if a word may be a typo) by near words too.
  const matches = (where: Prisma.Sql[], groups: GroupTerms) => {
    const exact = any([...where, ...groups.map((group) => groupMatch(viewer, group.tsquery, null))]);
    if (!groups.some((group) => group.fuzzy)) return exact;
    return Prisma.sql`(${exact}
    or ${any([...where, ...groups.map((group) => groupMatch(viewer, group.tsquery, group.fuzzy ? nearWordsSql(group.fuzzy) : null))])})`;
  };
  const visible = [visibleCaseSql(viewer, "s")];
  const wordsMatch = plan.filtered && plan.groups.length ? matches(visible, plan.groups) : Prisma.sql`false`;
  const known = plan.typed.length
    ? Prisma.sql`array[${Prisma.join(plan.typed.map((own) => any([...visible, groupMatch(viewer, own, null)])))}]::boolean[]`
    : Prisma.sql`'{}'::boolean[]`;
  const filters = filterConditions(viewer, params, plan);
  const checks = plan.options.filter((option) => option.groups.length).map((option) => {
    const keeps = option.replaced.map((replaced) => (replaced ? "false" : "true")).join(",");
    return Prisma.sql` when k.known = ${Prisma.raw(`array[${keeps}]::boolean[]`)} then ${matches(filters, option.groups)}`;
  });
  return Prisma.sql`with w as materialized (select ${wordsMatch} as m), k as materialized (select ${known} as known)
    select w.m as "wordsMatch", k.known, case when w.m then null${checks.length ? Prisma.join(checks, "") : Prisma.empty} end as found
    from w, k`;
}
