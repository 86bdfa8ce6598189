// The live conference's audience views, computed once per instance and sent in the stream's events
// (issue 28 item 4, decision 077), instead of every phone fetching its view back on each signal.
// Each view sent is the one getLiveView builds for a viewer who answers every policy question about
// the case on screen the same way (a "class": may see the case, its labels, its answer, edit it),
// with the listener's own vote, staged differential and participation put in: the server decides
// what each stage may contain, by the same code, and reads it once per class instead of per phone.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { canEditCase, canSeeAnswer, canSeeCaseLabels, canViewCase, stepsThrough, type CaseAccessFacts } from "@/lib/cases/policy";
import { sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveHub } from "@/lib/live/hub";
import { SLICE_SIGNAL } from "./focus";
import { getLiveView } from "./live-queries";
import { conferenceTopic } from "./notify";
import { canTakePart } from "./policy";
import { viewable } from "./queries";
import { differentialStep } from "./steps";
import type { LiveItemView, LiveView } from "./view";

/** One open audience stream, as its subscription found it (a join reopens the stream). */
export interface Listener {
  viewer: Viewer;
  joined: boolean;
  canTakePart: boolean;
}

type Personal = { myVote: LiveItemView["vote"]["myVote"]; myDifferential: LiveItemView["myDifferential"] };
type CaseOnScreen = CaseAccessFacts & { itemId: string; stepThrough: boolean };

/** A view computed for connects is reused this long; any state signal replaces it at once. */
const CONNECT_REUSE_MS = 2_000;

/**
 * Everything about one viewer that the live view depends on, besides their own vote and
 * differential: the policy's answers about the case on screen. Viewers with the same key get the
 * same view. A rule that makes the live view depend on anything else about the viewer must be
 * added here.
 */
function classOf(listener: Listener, onScreen: CaseOnScreen | null): string {
  if (!listener.joined) return "not-joined";
  if (!onScreen) return "no-case";
  const { viewer } = listener;
  // Someone stepping through an unknown case has a progress of their own (decision 088): a class alone.
  if (stepsThrough(viewer, onScreen)) return `viewer:${viewer.id}`;
  return [canViewCase(viewer, onScreen), canSeeCaseLabels(viewer, onScreen), canSeeAnswer(viewer, onScreen), canEditCase(viewer, onScreen)].map(Number).join("");
}

/** Where the room stood when a snapshot was taken: its live version and the presenter's slice counter. */
type Stamp = { liveVersion: number; focusSeq: number };

async function caseOnScreen(conferenceId: string): Promise<{ onScreen: CaseOnScreen | null; stamp: Stamp | null }> {
  const [row] = await sql<Array<Stamp & Partial<CaseOnScreen>>>(Prisma.sql`
    select f."liveVersion", f."focusSeq",
           i.id as "itemId", c."authorId", c.status::text as status, c.visibility::text as visibility, c."teamId", c."stepThrough"
    from "Conference" f left join "AgendaItem" i on i.id = f."currentItemId" left join "Case" c on c.id = i."caseId"
    where f.id = ${conferenceId}`);
  if (!row) return { onScreen: null, stamp: null };
  const { liveVersion, focusSeq, ...onScreen } = row;
  return { onScreen: onScreen.itemId ? (onScreen as CaseOnScreen) : null, stamp: { liveVersion, focusSeq } };
}

/**
 * The votes and staged differentials (with their diagnoses' names) of everyone on the item at its
 * current stage, or of `userIds` only: one statement, as every phone connecting pays it.
 */
async function personalOf(item: LiveItemView, userIds: string[] | null): Promise<Map<string, Personal>> {
  const step = differentialStep(item.step, item.studyCount);
  const rows = await sql<Array<{ userId: string; voteId: string | null; voteName: string | null; diagnoses: Array<{ id: string; name: string }> | null }>>(Prisma.sql`
    select v."userId", d.id as "voteId", d.name as "voteName", null::jsonb as diagnoses
    from "ConferenceVote" v join "Diagnosis" d on d.id = v."diagnosisId"
    where v."itemId" = ${item.itemId} and (${userIds}::text[] is null or v."userId" = any(${userIds}::text[]))
    union all
    select s."userId", null, null,
           (select coalesce(jsonb_agg(jsonb_build_object('id', u.id, 'name', coalesce(d.name, 'Unknown diagnosis')) order by u.n), '[]'::jsonb)
            from unnest(s."diagnosisIds") with ordinality as u(id, n) left join "Diagnosis" d on d.id = u.id)
    from "StagedDifferential" s
    where s."itemId" = ${item.itemId} and s.step = ${step} and (${userIds}::text[] is null or s."userId" = any(${userIds}::text[]))`);
  const personal = new Map<string, Personal>();
  const of = (userId: string) => personal.get(userId) ?? personal.set(userId, { myVote: null, myDifferential: null }).get(userId)!;
  for (const row of rows) {
    if (row.voteId) of(row.userId).myVote = { diagnosisId: row.voteId, name: row.voteName ?? "Unknown diagnosis" };
    else if (row.diagnoses) of(row.userId).myDifferential = { step, diagnoses: row.diagnoses };
  }
  return personal;
}

/** The room at one moment: the case on screen, one view per class, everyone's personal parts. */
export class Snapshot {
  readonly at = Date.now();
  private readonly state: Promise<{ onScreen: CaseOnScreen | null; stamp: Stamp | null }>;
  private readonly onScreen: Promise<CaseOnScreen | null>;
  /** Per class: the view, or undefined when the case on screen changed while it was read. */
  private readonly classes = new Map<string, Promise<LiveView | null | undefined>>();
  private everyone: Promise<Map<string, Personal>> | null = null;

  constructor(private readonly conferenceId: string) {
    this.state = caseOnScreen(conferenceId);
    this.onScreen = this.state.then((state) => state.onScreen);
  }

  /** Whether it was taken at `stamp` or later (no stage change nor slice it does not show). */
  async reflects(stamp: Stamp): Promise<boolean> {
    const taken = (await this.state).stamp;
    return taken !== null && taken.liveVersion >= stamp.liveVersion && taken.focusSeq >= stamp.focusSeq;
  }

  /**
   * A class's view, read through `viewer`, one of its members. The class was decided on the case
   * read before; if the case on screen (or its access facts) is not the same after, the view may
   * belong to another class: undefined, and each listener reads its own.
   */
  private async read(viewer: Viewer): Promise<LiveView | null | undefined> {
    const before = await this.onScreen;
    const view = await getLiveView(viewer, this.conferenceId);
    const after = (await caseOnScreen(this.conferenceId)).onScreen;
    const same = JSON.stringify(before) === JSON.stringify(after) && (!view?.item || view.item.itemId === before?.itemId);
    return same ? view : undefined;
  }

  /** The view `listener` would fetch now. `bulk`: everyone's personal parts in one read (a state change). */
  async viewFor(listener: Listener, bulk: boolean): Promise<LiveView | null> {
    const key = classOf(listener, await this.onScreen);
    let shared = this.classes.get(key);
    if (!shared) this.classes.set(key, (shared = this.read(listener.viewer)));
    const view = await shared;
    // Not shareable: this listener's own view, as a fetch would read it.
    if (view === undefined) return getLiveView(listener.viewer, this.conferenceId);
    if (!view) return null;
    if (!listener.joined) return { ...view, joined: false, item: null };
    if (!view.item || view.item.restricted) return view;
    const personal = bulk ? await (this.everyone ??= personalOf(view.item, null)) : await personalOf(view.item, [listener.viewer.id]);
    const mine = personal.get(listener.viewer.id);
    return {
      ...view,
      item: { ...view.item, vote: { ...view.item.vote, myVote: mine?.myVote ?? null }, myDifferential: mine?.myDifferential ?? null, canTakePart: listener.canTakePart },
    };
  }
}

const snapshots = new Map<string, { tag: string; snapshot: Snapshot }>();
/** A snapshot is forgotten this long after it was taken, unless replaced before. */
const FORGET_MS = 10_000;

/**
 * The snapshot every listener of this instance shares for `tag`: a state signal's (`state:<id>`,
 * a new one for each signal, so every listener gets what the change brought), a resync's, or
 * "connect" for a stream that just opened (the current one if recent enough).
 */
export function roomAt(conferenceId: string, tag: string): Snapshot {
  const current = snapshots.get(conferenceId);
  if (current && (current.tag === tag || (tag === "connect" && Date.now() - current.snapshot.at < CONNECT_REUSE_MS))) return current.snapshot;
  const entry = { tag, snapshot: new Snapshot(conferenceId) };
  snapshots.set(conferenceId, entry);
  watch(conferenceId);
  setTimeout(() => {
    if (snapshots.get(conferenceId) === entry) snapshots.delete(conferenceId);
    // A newer snapshot keeps the watch (its own timer comes later); none left, none needed.
    if (!snapshots.has(conferenceId)) {
      watching.get(conferenceId)?.();
      watching.delete(conferenceId);
    }
  }, FORGET_MS).unref?.();
  return entry.snapshot;
}

/**
 * The presenter's slice moved: every view taken so far holds an older `focus` (the slice and its
 * window, decision 095), so a stream that opens next reads its own rather than reuse one of them.
 * Signals already sent are unaffected: they got their snapshot when they arrived.
 */
export function forgetRoomViews(conferenceId: string): void {
  snapshots.delete(conferenceId);
}

const watching = new Map<string, () => void>();
/**
 * While this instance keeps a snapshot of a room, it hears the room's signals itself, whether or
 * not any stream here listens: an audience page (which opens no stream) may have taken the
 * snapshot, and the phone's stream, opening a moment later, must not be sent a view from before a
 * change it subscribed too late to hear. The state signal's own snapshot is kept.
 */
function watch(conferenceId: string): void {
  if (watching.has(conferenceId)) return;
  watching.set(conferenceId, liveHub.subscribe(conferenceTopic(conferenceId), {
    onEvent: (event) => {
      // A slice's id is its counter, not a state signal's: only a state signal keeps its own snapshot.
      if (event.kind === SLICE_SIGNAL || (event.kind === "state" && snapshots.get(conferenceId)?.tag !== `state:${event.id}`)) snapshots.delete(conferenceId);
    },
    onResync: () => void snapshots.delete(conferenceId),
  }));
}

/**
 * What the audience page renders: the view the streams send, from the same snapshot, so that a
 * room arriving at once costs each instance one read of the case on screen per class of viewer
 * (plus each phone's own vote and differential), not a whole live view per phone (issue 28 item 4).
 * The conference read that authorizes the page also says where the room stands; a snapshot taken
 * before that (a stage or a slice ago) is not used.
 */
export async function audienceView(viewer: Viewer, conferenceId: string): Promise<LiveView | null> {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded) return null;
  const { conference, standing } = loaded;
  const listener: Listener = { viewer, joined: standing.joined, canTakePart: canTakePart(viewer, conference, standing) };
  const stamp = { liveVersion: conference.liveVersion, focusSeq: conference.focusSeq };
  const recent = roomAt(conferenceId, "connect");
  const snapshot = (await recent.reflects(stamp)) ? recent : roomAt(conferenceId, `page:${stamp.liveVersion}:${stamp.focusSeq}`);
  return snapshot.viewFor(listener, false);
}
