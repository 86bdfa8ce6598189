import type pg from "pg";

/**
 * The same data the case page reads, in hand-written SQL over pg: the database floor. The same
 * three statements as the page's data functions (the case with its timeline, the viewer's own
 * thinking and first commit, "Discussed at" and the series with their slices; the first window of
 * whole threads with the discussion's counts; everyone else's thinking, first commits and the
 * tally), written for this one view, with no ORM in between, and prepared once per connection as
 * the app's own statements are (lib/core/db.ts). When the page reads more, this reads it too, or
 * the ratio would measure the page's new features rather than its code.
 */
const prepared = (pool: pg.Pool, name: string, text: string, values: unknown[]) => pool.query({ name, text, values });

export async function rawCasePage(pool: pg.Pool, caseId: string, viewerId: string, window: number) {
  const ts = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  await Promise.all([
    prepared(pool, "bench_case", `select c.*, u.name as "authorName",
        (select json_agg(s) from "Study" s where s."caseId" = c.id) as studies,
        (select json_agg(e) from "ClinicalEvent" e where e."caseId" = c.id) as events,
        (select max(a.id) from "CaseActivity" a where a."caseId" = c.id)::text as "lastEventId",
        (select json_agg(json_build_object('diagnosisId', e."diagnosisId", 'name', d.name, 'rank', e.rank, 'rationale', e.rationale))
           from "DifferentialEntry" e join "Diagnosis" d on d.id = e."diagnosisId" where e."caseId" = c.id and e."userId" = $2) as mine,
        (select json_build_object('diagnosisId', v."diagnosisId", 'name', d.name)
           from "Vote" v join "Diagnosis" d on d.id = v."diagnosisId" where v."caseId" = c.id and v."userId" = $2) as "myVote",
        (select json_agg(json_build_object('name', d.name, 'rank', f.rank))
           from "FirstDifferentialEntry" f join "Diagnosis" d on d.id = f."diagnosisId" where f."caseId" = c.id and f."userId" = $2) as "myFirst",
        (select json_agg(f) from (select f.id, f.title, f.kind, f."startsAt" from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
           where a."caseId" = c.id order by f."startsAt" desc limit 20) f) as conferences,
        (select json_agg(json_build_object('id', s.id, 'studyId', s."studyId", 'name', s.name, 'images',
           (select json_agg(json_build_object('id', i.id, 'position', i.position, 'width', i.width, 'height', i.height, 'isKey', i."isKey", 'caption', i.caption))
              from "Image" i where i."seriesId" = s.id)))
           from "ImageSeries" s where s."caseId" = c.id) as series
      from "Case" c join "User" u on u.id = c."authorId" where c.id = $1`, [caseId, viewerId]),
    prepared(pool, "bench_discussion", `with start as (select path from "Comment" where "caseId" = $1 and depth = 0 order by path limit 1),
        head as (select c.path from "Comment" c cross join start where c."caseId" = $1 and c.depth <= 5 and c.path >= start.path order by c.path limit $2 + 1),
        edge as (select (select left(path, 12) from head order by path limit 1) as first, (select left(path, 12) from head order by path offset $2 limit 1) as overflow),
        bounds as (select first, coalesce(case when overflow is distinct from first then overflow
                     else (select r.path from "Comment" r where r."caseId" = $1 and r.depth = 0 and r.path > edge.first order by r.path limit 1) end,
                   (select max(path) || '0' from "Comment" where "caseId" = $1)) as upper from edge),
        shown as (select c.* from bounds b join "Comment" c on c."caseId" = $1 and c.path >= b.first and c.path < b.upper where c.depth <= 5),
        counts as (select "studyId", count(*) filter (where depth = 0) as threads, count(*) filter (where "deletedAt" is null) as alive from "Comment" where "caseId" = $1 group by "studyId")
      select (select json_agg(json_build_object('id', c.id, 'parentId', c."parentId", 'path', c.path, 'depth', c.depth, 'authorId', c."authorId",
                'studyId', c."studyId", 'body', c.body, 'bodyHtml', c."bodyHtml", 'deletedAt', ${ts('c."deletedAt"')}, 'removedById', c."removedById",
                'removalReason', c."removalReason", 'createdAt', ${ts('c."createdAt"')}, 'editedAt', ${ts('c."editedAt"')},
                'descendantCount', c."descendantCount", 'authorName', u.name) order by c.path)
              from shown c join "User" u on u.id = c."authorId") as comments,
             (select sum(threads) from counts) as threads, (select count(*) from shown where depth = 0) as chosen, (select sum(alive) from counts) as alive,
             (select json_object_agg("studyId", alive) from counts where "studyId" is not null and alive > 0) as studies`,
      [caseId, window]),
    prepared(pool, "bench_thinking", `select
        (select json_agg(json_build_object('userId', e."userId", 'diagnosisId', e."diagnosisId", 'rank', e.rank, 'rationale', e.rationale, 'userName', u.name, 'diagnosisName', d.name))
           from "DifferentialEntry" e join "User" u on u.id = e."userId" join "Diagnosis" d on d.id = e."diagnosisId" where e."caseId" = $1) as entries,
        (select json_agg(json_build_object('userId', f."userId", 'rank', f.rank, 'diagnosisName', d.name))
           from "FirstDifferentialEntry" f join "Diagnosis" d on d.id = f."diagnosisId" where f."caseId" = $1) as firsts,
        (select json_agg(json_build_object('userId', s."userId", 'diagnosisId', s."diagnosisId", 'userName', u.name))
           from "DifferentialSupport" s join "User" u on u.id = s."userId" where s."caseId" = $1) as supports,
        (select json_agg(t) from (select v."diagnosisId", d.name, count(*)::int as count from "Vote" v join "Diagnosis" d on d.id = v."diagnosisId"
           where v."caseId" = $1 group by v."diagnosisId", d.name) t) as tally,
        (select json_agg(json_build_object('userId', v."userId", 'diagnosisId', v."diagnosisId", 'userName', u.name, 'diagnosisName', d.name))
           from "Vote" v join "User" u on u.id = v."userId" join "Diagnosis" d on d.id = v."diagnosisId" where v."caseId" = $1) as votes`, [caseId]),
  ]);
}

