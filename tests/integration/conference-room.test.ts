// The lecture hall's live events (issue 28 item 4, decision 077): a state change reaches each
// audience stream with that viewer's live view in it, read once per class of viewer. What each
// stream receives must be exactly what the viewer would fetch (getLiveView) at that moment: no
// study before its stage, no distribution before the close, no answer before the reveal, nothing
// of a case its viewer may not see; and the votes' tally signals never reach the audience.
import pg from "pg";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db, onQuery } from "@/lib/core/db";
import type { ActionResult } from "@/lib/core/result";
import type { CaseInput } from "@/lib/cases/schema";
import type { LiveView } from "@/lib/conferences/view";
import { actAs, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";
import { readFrames } from "../support/sse-frames";
import { statementsContaining } from "../support/statements";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { scheduleConference, addAgendaItem } = await import("@/lib/conferences/actions");
const { presenterCommand, joinConference, castConferenceVote, saveStagedDifferential } = await import("@/lib/conferences/live-actions");
const { audienceView } = await import("@/lib/conferences/room");
const { getConferenceHeader } = await import("@/lib/conferences/queries");
const { getLiveView } = await import("@/lib/conferences/live-queries");
const { openConferenceStream } = await import("@/lib/conferences/stream");
const { sseStream } = await import("@/lib/live/sse");
const { flushTallySignals, signalTallySoon, TALLY_GATHER_MS } = await import("@/lib/conferences/notify");
const { LIVE_CHANNEL } = await import("@/lib/live/notify");

const as = actAs(session);
const unwrap = <T>(result: ActionResult<T>): T => {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
};

interface Signal { kind: string; version: string; view?: LiveView }

/** An open conference stream of `viewer`: every frame as sent, and the signals parsed. */
async function follow(viewer: Viewer, conferenceId: string) {
  const source = await openConferenceStream(viewer, conferenceId);
  if (!source) throw new Error("the stream refused the viewer");
  const controller = new AbortController();
  const frames: string[] = [];
  const signals: Signal[] = [];
  readFrames(sseStream(controller.signal, source), (frame) => {
    frames.push(frame);
    const data = /^data: (.+)$/m.exec(frame)?.[1];
    if (frame.startsWith("event: conference") && data) signals.push(JSON.parse(data) as Signal);
  });
  const stream = {
    frames,
    signals,
    text: () => frames.join("\n"),
    /** The newest view received, once one of version >= `version` has come. */
    async view(version: number): Promise<LiveView> {
      const started = Date.now();
      for (;;) {
        const views = signals.flatMap((signal) => (signal.view ? [signal.view] : []));
        const newest = views.reduce<LiveView | undefined>((best, view) => (best && best.version >= view.version ? best : view), undefined);
        if (newest && newest.version >= version) return newest;
        if (Date.now() - started > 10_000) throw new Error(`no view of version ${version} (got ${JSON.stringify(signals.map((s) => [s.kind, s.view?.version]))})`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  streams.push(controller);
  return stream;
}
const streams: AbortController[] = [];
afterEach(() => {
  for (const controller of streams.splice(0)) controller.abort();
});

let answerId = "";
let otherId = "";
beforeAll(async () => {
  answerId = (await db.diagnosis.upsert({ where: { slug: "room-test-answer" }, create: { slug: "room-test-answer", name: "Room test ROMEO-ANSWER", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
  otherId = (await db.diagnosis.upsert({ where: { slug: "room-test-other" }, create: { slug: "room-test-other", name: "Room test SIERRA-OTHER", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
});
beforeEach(() => {
  session.viewer = null;
});

/**
 * A team's teaching conference on an unknown team case with two studies (the answer not released:
 * no consent); two team members joined, and an outsider joined by the code (may not see the case).
 */
async function hall() {
  const people = await Promise.all([makeUser("clinician"), makeUser("clinician"), makeUser("resident"), makeUser("resident"), makeUser("clinician")]);
  const teamId = await makeTeam([[people[0]!, "coordinator"], [people[1]!, "member"], [people[2]!, "member"], [people[3]!, "member"], [people[4]!, "member"]]);
  const [coordinator, presenter, first, second, author] = await Promise.all(people.map(withTeamRoles));
  const outsider = await makeUser("clinician");
  const caseId = await makeCase(author!, {
    title: "Room test HOTEL-TITLE", presentation: "Room test ECHO-PRESENTATION.", status: "unknown", visibility: "team", teamId,
    timeline: [
      { type: "study", dayOffset: 0, modality: "MRI", region: "Ankle", findings: "LIMA-FINDINGS oedema", impression: "LIMA-IMPRESSION" },
      { type: "event", dayOffset: 30, kind: "treatment", description: "OSCAR-COURSE walker boot" },
      { type: "study", dayOffset: 90, modality: "MRI", region: "Ankle", findings: "MIKE-FINDINGS oedema moved", impression: "MIKE-IMPRESSION" },
    ],
    resolution: { diagnosis: "Room test ROMEO-ANSWER", certainty: "certain", basis: "clinical_course", explanation: "KILO-EXPLANATION", teachingPoints: "" },
  } as Partial<CaseInput>);
  const conferenceId = unwrap(await as(coordinator!, () => scheduleConference({
    kind: "teaching", teamId, title: "Room test teaching", startsAt: "2030-02-01T09:00:00Z", durationMinutes: 60, location: "", videoUrl: "", presenterId: presenter!.id, chairId: "",
  }))).conferenceId;
  const itemId = unwrap(await as(coordinator!, () => addAgendaItem({ conferenceId, caseId, revealConsent: "none" }))).itemId;
  const { joinCode } = await db.conference.findUniqueOrThrow({ where: { id: conferenceId }, select: { joinCode: true } });
  for (const viewer of [first!, second!]) unwrap(await as(viewer, () => joinConference({ conferenceId })));
  unwrap(await as(outsider, () => joinConference({ code: joinCode })));
  const command = async (name: "start" | "next" | "reveal") => unwrap(await as(presenter!, () => presenterCommand({ conferenceId, command: name }))).version;
  return { teamId, conferenceId, joinCode, itemId, presenter: presenter!, first: first!, second: second!, outsider, command };
}

describe("the audience's live events carry the views (issue 28 item 4)", () => {
  it("sends each viewer exactly the view they would fetch, stage by stage, and nothing ahead of it", async () => {
    const room = await hall();
    const first = await follow(room.first, room.conferenceId);
    const outsider = await follow(room.outsider, room.conferenceId);
    const sameAsFetched = async (stream: Awaited<ReturnType<typeof follow>>, viewer: Viewer, version: number) =>
      expect(await stream.view(version)).toEqual(await getLiveView(viewer, room.conferenceId));

    // The presentation: no study, no course, no title of an unknown case, no answer.
    let version = await room.command("start");
    await sameAsFetched(first, room.first, version);
    await sameAsFetched(outsider, room.outsider, version);
    expect((await first.view(version)).item).toMatchObject({ stage: "presentation", presentation: "Room test ECHO-PRESENTATION.", timeline: [] });
    expect(first.text()).not.toMatch(/LIMA|OSCAR|MIKE|HOTEL|KILO|ROMEO/);

    // Study 1: its findings, not the course that comes with study 2, nor study 2.
    version = await room.command("next");
    await sameAsFetched(first, room.first, version);
    expect(first.text()).toContain("LIMA-FINDINGS");
    expect(first.text()).not.toMatch(/OSCAR|MIKE|HOTEL|KILO|ROMEO/);

    // The vote: a voter's own vote only in their own events; no count, no distribution.
    await room.command("next");
    version = await room.command("next");
    await sameAsFetched(first, room.first, version);
    unwrap(await as(room.first, () => castConferenceVote({ itemId: room.itemId, diagnosisId: otherId })));
    unwrap(await as(room.second, () => castConferenceVote({ itemId: room.itemId, diagnosisId: answerId })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await first.view(version)).item?.vote).toMatchObject({ state: "open", count: 0, tally: null });
    expect(first.text()).not.toMatch(/ROMEO|KILO|HOTEL/);
    expect(first.signals.some((signal) => signal.kind === "tally")).toBe(false);

    // The close: the distribution in the event, with this viewer's own vote.
    version = await room.command("next");
    const closed = await first.view(version);
    expect(closed).toEqual(await getLiveView(room.first, room.conferenceId));
    expect(closed.item?.vote).toMatchObject({ state: "closed", count: 2, myVote: { diagnosisId: otherId }, tally: { total: 2 } });
    expect(first.text()).not.toContain("KILO-EXPLANATION");

    // The reveal without the author's consent: withheld, and the answer never sent.
    version = await room.command("reveal");
    await sameAsFetched(first, room.first, version);
    expect((await first.view(version)).item).toMatchObject({ stage: "reveal", answer: null, answerWithheld: true });
    expect(first.text()).not.toContain("KILO-EXPLANATION");

    // The outsider joined by the code but may not see the team's case: never any of it.
    await sameAsFetched(outsider, room.outsider, version);
    expect((await outsider.view(version)).item).toMatchObject({ restricted: true, title: "Private case", presentation: "", timeline: [] });
    expect(outsider.text()).not.toMatch(/ECHO|LIMA|OSCAR|MIKE|HOTEL|KILO|ROMEO|SIERRA/);
  }, 90_000);

  it("renders the audience page from the streams' snapshot: what each viewer would fetch, never an older stage", async () => {
    const room = await hall();
    let version = await room.command("start");
    const page = (viewer: Viewer) => audienceView(viewer, room.conferenceId);
    const fetched = (viewer: Viewer) => getLiveView(viewer, room.conferenceId);
    for (const viewer of [room.first, room.second, room.outsider, room.presenter]) expect(await page(viewer)).toEqual(await fetched(viewer));

    // The page's header: the team's member may share the code; someone who joined with it is not given it.
    const presenterName = (await db.user.findUniqueOrThrow({ where: { id: room.presenter.id }, select: { name: true } })).name;
    const teamName = (await db.team.findUniqueOrThrow({ where: { id: room.teamId }, select: { name: true } })).name;
    expect(await getConferenceHeader(room.first, room.conferenceId)).toMatchObject({
      title: "Room test teaching", status: "live", team: { id: room.teamId, name: teamName }, presenterName, chairName: null, location: "", videoUrl: null, joinCode: room.joinCode,
    });
    expect(await getConferenceHeader(room.outsider, room.conferenceId)).toMatchObject({ title: "Room test teaching", joinCode: null });

    // A room arriving at once: the case on screen is read for the first phone, not again for the next.
    expect(await statementsContaining('"AgendaItem"', () => page(room.second))).toBeLessThanOrEqual(1);

    // The presenter moves on within the snapshot's two seconds, with no stream open to hear of it:
    // the conference read that authorizes the page has the new version, so the page is not stale.
    version = await room.command("next");
    const moved = await page(room.first);
    expect(moved?.version).toBe(version);
    expect(moved).toEqual(await fetched(room.first));
    expect(JSON.stringify(moved)).toContain("LIMA-FINDINGS");

    // A phone's page took the snapshot; the presenter moves on before that phone's stream opens
    // (and no stream here hears it): the stream's first view is the new stage, not the snapshot's.
    await page(room.first);
    version = await room.command("next");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const late = await follow(room.first, room.conferenceId);
    expect((await late.view(version)).version).toBe(version);
    expect(late.signals.filter((signal) => signal.view).map((signal) => signal.view!.version)).toEqual([version]);
    unwrap(await as(room.presenter, () => presenterCommand({ conferenceId: room.conferenceId, command: "previous" })));

    // One's own staged differential, in the order chosen, and nobody else's.
    unwrap(await as(room.first, () => saveStagedDifferential({ itemId: room.itemId, diagnosisIds: [otherId, answerId] })));
    const mine = await page(room.first);
    expect(mine?.item?.myDifferential).toEqual({ step: 1, diagnoses: [{ id: otherId, name: "Room test SIERRA-OTHER" }, { id: answerId, name: "Room test ROMEO-ANSWER" }] });
    expect(mine).toEqual(await fetched(room.first));
    expect((await page(room.second))?.item?.myDifferential).toBeNull();

    // One's own vote once the vote opens (after study 2), and nobody else's.
    await room.command("next");
    await room.command("next");
    unwrap(await as(room.second, () => castConferenceVote({ itemId: room.itemId, diagnosisId: answerId })));
    const voted = await page(room.second);
    expect(voted?.item?.vote.myVote).toEqual({ diagnosisId: answerId, name: "Room test ROMEO-ANSWER" });
    expect(voted).toEqual(await fetched(room.second));
    expect((await page(room.first))?.item?.vote.myVote).toBeNull();
    expect(JSON.stringify(await page(room.outsider))).not.toMatch(/ECHO|LIMA|OSCAR|MIKE|HOTEL|KILO|ROMEO|SIERRA/);
  }, 90_000);

  it("sends the votes' tally signals to the presenter only, a few a second however many votes", async () => {
    const room = await hall();
    const audience = await follow(room.first, room.conferenceId);
    const presenter = await follow(room.presenter, room.conferenceId);
    await room.command("start");
    await room.command("next");
    await room.command("next");
    const version = await room.command("next");
    await audience.view(version);
    const voters = await Promise.all(Array.from({ length: 12 }, () => makeUser("clinician")));
    await db.membership.createMany({ data: voters.map((voter) => ({ teamId: room.teamId, userId: voter.id, role: "member" as const })) });
    for (const voter of voters) voter.teamIds = [room.teamId];
    const started = Date.now();
    // 24 tally notifications: each join and each vote.
    for (const voter of voters) unwrap(await as(voter, () => joinConference({ code: room.joinCode })));
    for (const [index, voter] of voters.entries()) unwrap(await as(voter, () => castConferenceVote({ itemId: room.itemId, diagnosisId: index % 2 ? answerId : otherId })));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const tallies = presenter.signals.filter((signal) => signal.kind === "tally");
    expect(tallies.length).toBeGreaterThan(0);
    // At most one each 250 ms (and the last one after the last vote).
    expect(tallies.length).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 250) + 1);
    expect(tallies.length).toBeLessThan(24);
    expect(audience.signals.filter((signal) => signal.kind === "tally")).toEqual([]);
  }, 60_000);

  it("commits joins and votes without notifying, and gathers their tally signals into a few, the last after the last vote (decision 106)", async () => {
    const room = await hall();
    await room.command("start");
    await room.command("next");
    await room.command("next");
    await room.command("next");
    const voters = await Promise.all(Array.from({ length: 20 }, () => makeUser("clinician")));
    await db.membership.createMany({ data: voters.map((voter) => ({ teamId: room.teamId, userId: voter.id, role: "member" as const })) });
    for (const voter of voters) voter.teamIds = [room.teamId];
    // What PostgreSQL itself delivers on the live channel (no instance's hub in between).
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    const tallies: number[] = [];
    listener.on("notification", ({ payload }) => {
      const event = JSON.parse(payload ?? "{}") as { kind?: string; topic?: string };
      if (event.kind === "tally" && event.topic === `conference:${room.conferenceId}`) tallies.push(Date.now());
    });
    await listener.query(`listen ${LIVE_CHANNEL}`);
    try {
      const notifyingWrites: string[] = [];
      const stop = onQuery(({ query }) => {
        if (query.includes("pg_notify") && /\binsert\b/i.test(query)) notifyingWrites.push(query);
      });
      try {
        await Promise.all(voters.map(async (voter, index) => {
          unwrap(await as(voter, () => joinConference({ code: room.joinCode })));
          unwrap(await as(voter, () => castConferenceVote({ itemId: room.itemId, diagnosisId: index % 2 ? answerId : otherId })));
        }));
      } finally {
        stop();
      }
      const lastVoteAt = Date.now();
      await new Promise((resolve) => setTimeout(resolve, TALLY_GATHER_MS * 3));
      // 40 writes, none of them notifying; their signals sent apart, a few at most.
      expect(notifyingWrites).toEqual([]);
      expect(tallies.length).toBeGreaterThan(0);
      expect(tallies.length).toBeLessThan(40);
      expect(tallies.at(-1)!).toBeGreaterThanOrEqual(lastVoteAt);
      expect(await db.conferenceVote.count({ where: { itemId: room.itemId } })).toBe(20);

      // An instance shutting down sends what it gathered at once rather than after the wait.
      signalTallySoon(room.conferenceId, 1);
      const before = tallies.length;
      await flushTallySignals();
      await expect.poll(() => tallies.length, { timeout: TALLY_GATHER_MS / 2, interval: 5 }).toBe(before + 1);
    } finally {
      await listener.end();
    }
  }, 60_000);
});
