"use server";
// Collections: create, edit, add and remove cases, notes, reorder, the share link, and a quiz
// answer. Each action derives the collection and the case from their ids and asks the policy.
import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { canSeeAnswer, visibleCaseWhere } from "@/lib/cases/policy";
import { readResolution } from "@/lib/cases/queries";
import { requestIp } from "@/lib/audit/request";
import { db } from "@/lib/core/db";
import { auditOverride, guardFields, type FieldFinding } from "@/lib/deidentify/confirm";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchDiagnoses } from "@/lib/diagnoses/search";
import { resolveDiagnosis, searchCatalogue } from "@/lib/search/catalogue";
import { searchCases } from "@/lib/search/queries";
import { listCases } from "@/lib/cases/queries";
import type { CatalogueLabels } from "@/lib/search/terms";
import { canEditCollection, canOpenCollection, collectionTeamProblem } from "./policy";
import { collectionsForCase } from "./queries";
import {
  casePickerInput, CASE_PICKER_LIMIT, createCollectionInput, itemInput, MAX_COLLECTION_ITEMS, noteInput, quizAnswerInput, reorderInput, shareInput, updateCollectionInput,
} from "./schema";

const NOT_FOUND = () => notFound("collection");

async function ownCollection(viewer: Viewer, collectionId: string) {
  const row = await db.collection.findUnique({ where: { id: collectionId }, select: { id: true, ownerId: true } });
  return row && canEditCollection(viewer, row) ? row : null;
}

const visibleCase = (viewer: Viewer, caseId: string) =>
  db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true } });

async function appendItem(collectionId: string, caseId: string) {
  // Appended after the last item; the (collection, case) key makes a second add a no-op.
  await db.$executeRaw`insert into "CollectionItem" ("collectionId", "caseId", position)
    select ${collectionId}, ${caseId}, coalesce(max(position) + 1, 0) from "CollectionItem" where "collectionId" = ${collectionId}
    on conflict do nothing`;
  await db.collection.update({ where: { id: collectionId }, data: { updatedAt: new Date() } });
}

// Titles, descriptions and notes are shown beside cases to everyone the collection is shared
// with: the de-identification guard checks them like the cases' own text (issue 25).
const auditCollection = (viewer: Viewer, collectionId: string, ip: string | null) => ({ actorId: viewer.id, resourceType: "collection", resourceId: collectionId, ip });

export const createCollection = action("createCollection", createCollectionInput, async ({ viewer, input }): Promise<ActionResult<{ collectionId: string }, FieldFinding[]>> => {
  const problem = collectionTeamProblem(viewer, input.visibility, input.teamId);
  if (problem) return fail("invalid_input", problem, { fieldErrors: { teamId: [problem] } });
  if (input.caseId && !(await visibleCase(viewer, input.caseId))) return notFound();
  const guard = guardFields({ title: input.title, description: input.description }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  let collectionId: string;
  try {
    collectionId = await db.$transaction(async (tx) => {
      const created = await tx.collection.create({
        data: { ownerId: viewer.id, title: input.title, description: input.description, visibility: input.visibility, teamId: input.visibility === "team" ? input.teamId : null, clientKey: input.clientKey ?? null },
        select: { id: true },
      });
      await auditOverride(tx, guard, auditCollection(viewer, created.id, ip));
      return created.id;
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") || !input.clientKey) throw error;
    // The same submission twice (decision 032): the first one's collection is the answer.
    collectionId = (await db.collection.findUniqueOrThrow({ where: { ownerId_clientKey: { ownerId: viewer.id, clientKey: input.clientKey } }, select: { id: true } })).id;
  }
  if (input.caseId) await appendItem(collectionId, input.caseId);
  revalidatePath("/collections");
  return ok({ collectionId });
});

export const updateCollection = action("updateCollection", updateCollectionInput, async ({ viewer, input }): Promise<ActionResult<null, FieldFinding[]>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  const problem = collectionTeamProblem(viewer, input.visibility, input.teamId);
  if (problem) return fail("invalid_input", problem, { fieldErrors: { teamId: [problem] } });
  const guard = guardFields({ title: input.title, description: input.description }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  await db.$transaction(async (tx) => {
    await tx.collection.update({
      where: { id: input.collectionId },
      data: { title: input.title, description: input.description, visibility: input.visibility, teamId: input.visibility === "team" ? input.teamId : null },
    });
    await auditOverride(tx, guard, auditCollection(viewer, input.collectionId, ip));
  });
  revalidatePath(`/collections/${input.collectionId}`);
  return ok(null);
});

export const addToCollection = action("addToCollection", itemInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  if (!(await visibleCase(viewer, input.caseId))) return notFound();
  if ((await db.collectionItem.count({ where: { collectionId: input.collectionId } })) >= MAX_COLLECTION_ITEMS) {
    return fail("conflict", `A collection holds at most ${MAX_COLLECTION_ITEMS} cases.`);
  }
  await appendItem(input.collectionId, input.caseId);
  revalidatePath(`/collections/${input.collectionId}`);
  return ok(null);
});

export const removeFromCollection = action("removeFromCollection", itemInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  await db.collectionItem.deleteMany({ where: { collectionId: input.collectionId, caseId: input.caseId } });
  revalidatePath(`/collections/${input.collectionId}`);
  return ok(null);
});

export const setCollectionNote = action("setCollectionNote", noteInput, async ({ viewer, input }): Promise<ActionResult<null, FieldFinding[]>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  const guard = guardFields({ note: input.note }, input);
  if (!guard.ok) return guard.failure;
  const ip = await requestIp();
  const count = await db.$transaction(async (tx) => {
    const updated = await tx.collectionItem.updateMany({ where: { collectionId: input.collectionId, caseId: input.caseId }, data: { note: input.note } });
    if (updated.count) await auditOverride(tx, guard, auditCollection(viewer, input.collectionId, ip));
    return updated.count;
  });
  if (!count) return notFound();
  revalidatePath(`/collections/${input.collectionId}`);
  return ok(null);
});

/**
 * The whole new order of the cases the owner sees. Items the owner no longer sees (a case made
 * private since) keep their place after these.
 */
export const reorderCollection = action("reorderCollection", reorderInput, async ({ viewer, input }): Promise<ActionResult<null>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  const items = await db.collectionItem.findMany({ where: { collectionId: input.collectionId }, orderBy: { position: "asc" }, select: { caseId: true } });
  const known = new Set(items.map((item) => item.caseId));
  if (new Set(input.caseIds).size !== input.caseIds.length || input.caseIds.some((id) => !known.has(id))) {
    return fail("conflict", "The collection changed while you were reordering it. Reload the page and try again.");
  }
  const order = [...input.caseIds, ...items.map((item) => item.caseId).filter((id) => !input.caseIds.includes(id))];
  await db.$executeRaw`update "CollectionItem" i set position = o.position - 1
    from unnest(${order}::text[]) with ordinality as o("caseId", position)
    where i."collectionId" = ${input.collectionId} and i."caseId" = o."caseId"`;
  revalidatePath(`/collections/${input.collectionId}`);
  return ok(null);
});

export const setShareLink = action("setShareLink", shareInput, async ({ viewer, input }): Promise<ActionResult<{ shareKey: string | null }>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  const shareKey = input.enabled ? randomBytes(18).toString("base64url") : null;
  await db.collection.update({ where: { id: input.collectionId }, data: { shareKey } });
  revalidatePath(`/collections/${input.collectionId}`);
  return ok({ shareKey });
});

/** A typed name the catalogue does not know, with the closest entry the typeahead would offer (if any). */
function notInCatalogue(catalogue: CatalogueLabels[], value: string): string {
  const [closest] = searchDiagnoses(catalogue, value, 1);
  return `“${value}” is not in the catalogue.${closest ? ` Did you mean “${closest.name}”?` : " Pick one of the suggestions as you type."}`;
}

/**
 * A learner's answer to one quiz case, once: the differential and the final answer by any
 * catalogue name. Scored against the case's answer only when the learner may see it; the quiz
 * page shows the answer only after this row exists.
 */
export const commitQuizAnswer = action("commitQuizAnswer", quizAnswerInput, async ({ viewer, input }): Promise<ActionResult<{ correct: boolean | null }>> => {
  const collection = await db.collection.findUnique({
    where: { id: input.collectionId },
    select: { ownerId: true, visibility: true, teamId: true, shareKey: true, items: { where: { caseId: input.caseId }, select: { caseId: true } } },
  });
  if (!collection || !canOpenCollection(viewer, collection, input.key) || !collection.items.length) return NOT_FOUND();
  const kase = await visibleCase(viewer, input.caseId);
  if (!kase) return notFound();
  const catalogue = await searchCatalogue();
  const final = resolveDiagnosis(catalogue, input.final);
  const differential = input.differential.map((value) => (value ? resolveDiagnosis(catalogue, value) : null));
  const unresolved = [
    ...(final ? [] : [{ field: "final", label: "Final answer", value: input.final }]),
    ...input.differential.flatMap((value, index) => (value && !differential[index] ? [{ field: `differential.${index}`, label: `Differential ${index + 1}`, value }] : [])),
  ];
  if (!final || unresolved.length) {
    return fail("invalid_input", `Not in the catalogue: ${unresolved.map((entry) => `${entry.label} (“${entry.value}”)`).join(", ")}. Pick one of the suggestions as you type.`, {
      fieldErrors: Object.fromEntries(unresolved.map((entry) => [entry.field, [notInCatalogue(catalogue, entry.value)]])),
    });
  }
  let correct: boolean | null = null;
  if (canSeeAnswer(viewer, kase)) {
    const resolution = await readResolution(kase.id);
    const accepted = new Set([resolution?.diagnosisId, ...(await db.finalDiagnosis.findMany({ where: { caseId: kase.id, scoresVotes: true }, select: { diagnosisId: true } })).map((row) => row.diagnosisId)]);
    correct = resolution?.diagnosisId ? accepted.has(final.id) : null;
  }
  await db.quizAnswer.createMany({
    data: [{ collectionId: input.collectionId, caseId: kase.id, userId: viewer.id, diagnosisId: final.id, differentialIds: differential.flatMap((entry) => (entry ? [entry.id] : [])), correct }],
    skipDuplicates: true,
  });
  const stored = await db.quizAnswer.findUniqueOrThrow({ where: { collectionId_caseId_userId: { collectionId: input.collectionId, caseId: kase.id, userId: viewer.id } }, select: { correct: true } });
  revalidatePath(`/collections/${input.collectionId}/quiz`);
  return ok({ correct: stored.correct });
});

/** The viewer's own collections for a case page's "Add to collection", read when it is opened (no cost to the page). */
export const myCollectionsForCase = action("myCollectionsForCase", itemInput.pick({ caseId: true }), async ({ viewer, input }): Promise<ActionResult<Array<{ id: string; title: string; hasCase: boolean }>>> => {
  if (!(await visibleCase(viewer, input.caseId))) return notFound();
  return ok(await collectionsForCase(viewer, input.caseId));
});

/**
 * The collection page's case picker (issue 27 item 6, "add from the library"): the library's own
 * search for the owner's words (the newest cases with none), so it finds only cases the owner may
 * see, by only what they may search, named as the library names them; drafts are left out, as on
 * the case page. Each says whether the collection already holds it.
 */
export const findCasesToAdd = action("findCasesToAdd", casePickerInput, async ({ viewer, input }): Promise<ActionResult<CasePickerItem[]>> => {
  if (!(await ownCollection(viewer, input.collectionId))) return NOT_FOUND();
  const found = input.q ? (await searchCases(viewer, { q: input.q }, { facets: false, suggest: false })).items : (await listCases(viewer)).items;
  const items = found.filter((item) => item.status !== "draft").slice(0, CASE_PICKER_LIMIT);
  const held = new Set(
    (await db.collectionItem.findMany({ where: { collectionId: input.collectionId, caseId: { in: items.map((item) => item.id) } }, select: { caseId: true } })).map((row) => row.caseId),
  );
  return ok(items.map((item) => ({ caseId: item.id, title: item.title, region: item.region, status: item.status, inCollection: held.has(item.id) })));
});

export interface CasePickerItem {
  caseId: string;
  title: string;
  region: string;
  status: string;
  inCollection: boolean;
}
