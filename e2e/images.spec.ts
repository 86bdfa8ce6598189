// Images in the browser: an author uploads a DICOM series to a study, marks a key image, and a
// reader scrolls the stack with the keyboard and the wheel; a conference audience member cannot
// fetch an image of a study the presenter has not reached.
import { syntheticFootDicomSeries } from "../lib/images/synthetic";
import { seedCase, study } from "./support/cases";
import { createConference, createTeam } from "./support/conferences";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";
import { uploadOverHttp } from "./support/images";

const studies = [
  study({ dayOffset: 0, modality: "MRI", findings: "Marrow oedema of the second metatarsal." }),
  study({ dayOffset: 56, modality: "MRI", findings: "Larger oedema with a fracture line." }),
];

test("an author uploads a series, marks a key image; the timeline shows it and the stack scrolls by keyboard and wheel", async ({ userPage: page, user }) => {
  test.setTimeout(120_000);
  const { id } = await seedCase(user.id, { timeline: studies });
  await page.goto(`/cases/${id}/edit`);
  const files = syntheticFootDicomSeries({ slices: 6, size: 128, oedema: 0.6, seed: `e2e-${id}` }).map((bytes, index) => ({
    name: `slice-${index}.dcm`, mimeType: "application/dicom", buffer: Buffer.from(bytes),
  }));
  // Out of order on purpose: the server orders by geometry, not by name or arrival.
  await page.getByTestId("image-input").first().setInputFiles([...files].reverse());
  const rows = page.getByTestId("upload-row");
  await expect(rows).toHaveCount(6);
  await expect(page.locator('[data-testid="upload-row"][data-phase="done"]')).toHaveCount(6, { timeout: 60_000 });
  const editor = page.getByTestId("series-editor").first();
  await expect(editor.getByTestId("image-editor")).toHaveCount(6, { timeout: 15_000 });
  // click, not check(): check() reads the box straight after the click, and on a loaded machine
  // React's re-render with the optimistic state can land a moment later (seen once in CI-like runs).
  await editor.getByTestId("key-toggle").nth(2).click();
  await expect(editor.getByTestId("key-toggle").nth(2)).toBeChecked();

  await page.goto(`/cases/${id}`);
  const images = page.getByTestId("study-images").first();
  await expect(images.getByTestId("series-count")).toHaveText("1 series");
  const key = images.getByTestId("key-image");
  await expect(key).toBeVisible();
  await expect.poll(() => key.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);

  await images.getByTestId("open-series").first().click();
  const counter = page.getByTestId("slice-counter");
  await expect(counter).toHaveText("slice 1 / 6");
  const frame = page.getByTestId("stack-frame");
  await frame.focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(counter).toHaveText("slice 3 / 6");
  await frame.hover();
  await page.mouse.wheel(0, 100);
  await expect(counter).toHaveText("slice 4 / 6");
  await page.keyboard.press("End");
  await expect(counter).toHaveText("slice 6 / 6");
  const slice = page.getByTestId("stack-image");
  await expect(slice).toHaveAttribute("aria-label", /slice 6 of 6/);
  // The canvas holds slice 6, decoded in the viewer's worker, and it is not blank.
  await expect(slice).toHaveAttribute("data-index", "5");
  const painted = await slice.evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
    let lit = 0;
    for (let at = 0; at < pixels.length; at += 4) if (pixels[at]! > 16) lit++;
    return { width: canvas.width, lit };
  });
  expect(painted.width).toBeGreaterThan(0);
  expect(painted.lit).toBeGreaterThan(100);
  // Decoded in the worker, not on the page (the fallback for browsers without module workers).
  expect(page.workers().length).toBeGreaterThan(0);
});

test("a conference audience member gets 404 for an image of a study the presenter has not reached", async ({ browser }) => {
  test.setTimeout(120_000);
  const [author, presenter, audience] = await Promise.all([createUser("resident"), createUser("educator"), createUser("clinician")]);
  const team = await createTeam([{ user: presenter, role: "educator" }, { user: author, role: "member" }]);
  const { id: caseId } = await seedCase(author.id, { status: "unknown", timeline: studies, resolution: { diagnosis: "Metatarsal stress fracture" } });
  const studyRows = await database().study.findMany({ where: { caseId }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  const authorSession = await signedInContext(browser, author);
  for (const [index, row] of studyRows.entries()) {
    await uploadOverHttp(authorSession.context.request, row.id, syntheticFootDicomSeries({ slices: 1, size: 64, seed: `conf-${caseId}-${index}` })[0]!);
  }
  await authorSession.context.close();
  const [first, second] = await Promise.all(studyRows.map((row) => database().image.findFirstOrThrow({ where: { series: { studyId: row.id } }, select: { id: true } })));

  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter, caseIds: [caseId] });
  await database().conference.update({ where: { id: conference.id }, data: { startedAt: new Date() } });
  await database().agendaItem.updateMany({ where: { conferenceId: conference.id }, data: { reachedStep: 1 } });
  await database().conferenceParticipant.create({ data: { conferenceId: conference.id, userId: audience.id } });

  const { context } = await signedInContext(browser, audience);
  expect((await context.request.get(`/api/images/${first!.id}`)).status()).toBe(200);
  const hidden = await context.request.get(`/api/images/${second!.id}`);
  expect(hidden.status()).toBe(404);
  expect(hidden.headers()["content-type"]).toContain("application/json");
  expect((await context.request.get(`/api/images/${second!.id}?size=thumb`)).status()).toBe(404);
  await database().agendaItem.updateMany({ where: { conferenceId: conference.id }, data: { reachedStep: 2 } });
  const shown = await context.request.get(`/api/images/${second!.id}`);
  expect(shown.status()).toBe(200);
  expect(shown.headers()["cache-control"]).toMatch(/^private/);
  expect(shown.headers()["x-content-type-options"]).toBe("nosniff");
  await context.close();
});
