// A live conference on a case whose two studies have image stacks (issue 24 item 5), for the
// follow-the-presenter spec and its accessibility checks: the presenter's browser on /present at
// the first study, an audience phone (390 px) joined by code, both at "Study 1 of 2".
import type { Browser } from "@playwright/test";
import { syntheticFootDicomSeries } from "../../lib/images/synthetic";
import { seedCase, study } from "./cases";
import { createConference, createTeam } from "./conferences";
import { createUser, database, expect, signIn, signedInContext } from "./fixtures";
import { uploadOverHttp } from "./images";

export const SLICES = [6, 3] as const;

export async function liveConferenceWithImages(browser: Browser) {
  const presenter = await createUser("clinician");
  const member = await createUser("resident");
  const team = await createTeam([{ user: presenter, role: "owner" }, { user: member, role: "member" }]);
  const kase = await seedCase(presenter.id, {
    status: "unknown",
    timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Marrow oedema of the second metatarsal." }), study({ dayOffset: 56, modality: "MRI", findings: "A new fracture line of the third metatarsal." })],
    resolution: { diagnosis: "Metatarsal stress fracture" },
  });
  const studies = await database().study.findMany({ where: { caseId: kase.id }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  const lead = await signedInContext(browser, presenter);
  for (const [at, row] of studies.entries()) {
    for (const bytes of syntheticFootDicomSeries({ slices: SLICES[at]!, size: 64, oedema: 0.5, seed: `conference-${kase.id}-${at}` })) await uploadOverHttp(lead.context.request, row.id, bytes);
  }
  const images = await Promise.all(studies.map((row) => database().image.findMany({ where: { series: { studyId: row.id } }, orderBy: { position: "asc" }, select: { id: true } })));
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: [kase.id] });

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  await signIn(phone.request, member.email, member.password);
  const audience = await phone.newPage();
  await lead.page.goto(`/conferences/${conference.id}/present`);
  await audience.goto(`/join?code=${conference.joinCode}`);
  await audience.getByRole("button", { name: "Join" }).click();
  await expect(audience.getByTestId("waiting")).toBeVisible();
  await expect(lead.page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  for (const stage of ["Presentation", "Study 1 of 2"]) {
    await lead.page.keyboard.press("ArrowRight");
    // The presenter's own screen first: its keys act on the stage it shows.
    await expect(lead.page.getByTestId("stage-label")).toHaveText(`Case 1 of 1 · ${stage}`);
    await expect(audience.getByTestId("stage-label")).toHaveText(`Case 1 of 1 · ${stage}`);
  }
  await expect(lead.page.getByTestId("presenter-images").getByTestId("slice-counter")).toHaveText(`slice 1 / ${SLICES[0]}`);
  return { presenter, member, conference, images, lead, phone, audience };
}
