// Comments anchored to a slice (issue 24 item 4, decision 071): one clinician comments on slice 3
// of a series with a point on it, from the viewer; another opens the comment's preview from the
// keyboard and the viewer opens at slice 3 with the point; the case page's URL opens it there too.
// A box is drawn with the keyboard alone, and stored as drawn.
import type { Locator } from "@playwright/test";
import { syntheticFootDicomSeries } from "../lib/images/synthetic";
import { seedCase, study } from "./support/cases";
import { database, expect, test } from "./support/fixtures";
import { uploadOverHttp } from "./support/images";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";

test("a comment anchored to slice 3 opens the viewer there, with its point, for another reader", async ({ userPage: author, user, otherPage: reader }) => {
  test.setTimeout(150_000);
  const { id } = await seedCase(user.id, { timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Marrow oedema of the second metatarsal." })] });
  const studyRow = await database().study.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
  for (const bytes of syntheticFootDicomSeries({ slices: 4, size: 64, oedema: 0.6, seed: `anchor-${id}` })) await uploadOverHttp(author.context().request, studyRow.id, bytes);
  const series = await database().imageSeries.findFirstOrThrow({ where: { studyId: studyRow.id }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });

  // The reader comments on slice 3, pointing at a spot on it.
  await reader.goto(`/cases/${id}`);
  await reader.getByTestId("open-series").first().click();
  const frame = reader.getByTestId("stack-frame");
  await frame.focus();
  await reader.keyboard.press("ArrowDown");
  await reader.keyboard.press("ArrowDown");
  await expect(reader.getByTestId("slice-counter")).toHaveText("slice 3 / 4");
  await reader.getByRole("button", { name: "Comment on this slice" }).click();
  await frame.evaluate((element) => element.scrollIntoView({ block: "center" }));
  // The square slice is contained in the frame: a quarter across it, half way down.
  const box = (await frame.boundingBox())!;
  const side = Math.min(box.width, box.height);
  await reader.mouse.click(box.x + (box.width - side) / 2 + side * 0.25, box.y + (box.height - side) / 2 + side * 0.5);
  const chip = reader.getByTestId("anchor-chip");
  await expect(chip).toContainText("slice 3, with a point marked");
  await expect(reader.getByRole("combobox", { name: /Comment/ })).toBeFocused();
  await expectNoAxeViolations(reader, "the composer with a slice anchor");
  await reader.keyboard.type("The cortical line here, see ");
  await chip.getByRole("button", { name: "Insert a link" }).click();
  await reader.getByRole("button", { name: "Post comment" }).click();
  const posted = reader.getByTestId("comment").filter({ hasText: "The cortical line here" });
  await expect(posted.getByTestId("anchor-preview")).toBeVisible();
  await expect(chip).toHaveCount(0);

  const stored = await database().comment.findFirstOrThrow({ where: { caseId: id }, select: { seriesId: true, imageId: true, studyId: true, anchorMark: true, body: true } });
  expect(stored).toMatchObject({ seriesId: series.id, imageId: series.images[2]!.id, studyId: studyRow.id });
  const mark = stored.anchorMark as { kind: string; x: number; y: number };
  expect(mark.kind).toBe("point");
  expect(mark.x).toBeCloseTo(0.25, 1);
  expect(mark.y).toBeCloseTo(0.5, 1);
  expect(stored.body).toContain(`[[slice:${series.id}/3]]`);

  // The author opens it from the keyboard: the viewer at slice 3 with the point.
  await author.goto(`/cases/${id}`);
  const preview = author.getByTestId("comment").filter({ hasText: "The cortical line here" }).getByTestId("anchor-preview");
  await expect(preview).toHaveAccessibleName(/Open .*slice 3, with a point marked in the viewer/);
  await preview.focus();
  await author.keyboard.press("Enter");
  await expect(author.getByTestId("slice-counter")).toHaveText("slice 3 / 4");
  await expect(author.getByTestId("stack-frame").getByTestId("slice-pin")).toHaveAttribute("data-kind", "point");
  await expect(author.getByTestId("stack-frame")).toBeFocused();
  expect(new URL(author.url()).searchParams.get("slice")).toBe("3");
  await expectNoAxeViolations(author, "a slice comment's preview and the viewer it opened");

  // The slice link in the text opens it too; Close leaves the deep link.
  await author.getByRole("button", { name: "Close" }).click();
  await expect(author.getByTestId("stack-viewer")).toHaveCount(0);
  expect(new URL(author.url()).searchParams.get("series")).toBeNull();
  await author.getByTestId("comment").getByRole("link", { name: /slice 3/ }).click();
  await expect(author.getByTestId("slice-counter")).toHaveText("slice 3 / 4");

  // A deep link to another slice, as a colleague would paste it.
  await author.goto(`/cases/${id}?series=${series.id}&slice=2&mark=0.1,0.1,0.5,0.4`);
  await expect(author.getByTestId("slice-counter")).toHaveText("slice 2 / 4");
  await expect(author.getByTestId("stack-frame").getByTestId("slice-pin")).toHaveAttribute("data-kind", "box");
});

test("at 390 px the viewer's comment tool and the composer's chip fit, by touch", async ({ browser, userPage: author, user }) => {
  test.setTimeout(120_000);
  const { id } = await seedCase(user.id, { timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Oedema." })] });
  const studyRow = await database().study.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
  for (const bytes of syntheticFootDicomSeries({ slices: 2, size: 64, seed: `anchor-phone-${id}` })) await uploadOverHttp(author.context().request, studyRow.id, bytes);
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, storageState: await author.context().storageState() });
  const page = await phone.newPage();
  await page.goto(`/cases/${id}`);
  await page.getByTestId("open-series").first().tap();
  await page.getByRole("button", { name: "Comment on this slice" }).tap();
  // The bar with a box being drawn fits too; cancelling it leaves the other choices.
  await page.getByRole("button", { name: "Draw a box with the keys" }).tap();
  await expect(page.getByTestId("stack-frame")).toHaveAttribute("data-drawing-box", "");
  await expectNoHorizontalScroll(page, "the viewer drawing a box");
  await page.getByRole("button", { name: "Cancel the box" }).tap();
  await page.getByRole("button", { name: "A point at the centre" }).tap();
  await expect(page.getByTestId("anchor-chip")).toContainText("slice 1, with a point marked");
  await expectNoHorizontalScroll(page, "the composer with a slice anchor");
  await expectNoAxeViolations(page, "the composer with a slice anchor on a phone");
  await page.getByTestId("anchor-chip").getByRole("button", { name: /Remove the anchor/ }).tap();
  await expect(page.getByTestId("anchor-chip")).toHaveCount(0);
  await phone.close();
});

test("a box on a slice drawn by keyboard only: arrows move it, Shift+arrows resize it, Escape cancels, Enter confirms", async ({ userPage: author, user, otherPage: reader }) => {
  test.setTimeout(120_000);
  const { id } = await seedCase(user.id, { timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Oedema of the talus." })] });
  const studyRow = await database().study.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
  for (const bytes of syntheticFootDicomSeries({ slices: 2, size: 64, oedema: 0.6, seed: `anchor-keys-${id}` })) await uploadOverHttp(author.context().request, studyRow.id, bytes);
  const series = await database().imageSeries.findFirstOrThrow({ where: { studyId: studyRow.id }, select: { id: true, images: { orderBy: { position: "asc" }, select: { id: true } } } });

  // Every control reached by focus and pressed with Enter: no pointer anywhere in this test.
  const press = async (control: Locator, key = "Enter") => {
    await control.focus();
    await reader.keyboard.press(key);
  };
  await reader.goto(`/cases/${id}`);
  await press(reader.getByTestId("open-series").first());
  const frame = reader.getByTestId("stack-frame");
  await expect(frame).toBeVisible();
  await press(reader.getByRole("button", { name: "Comment on this slice" }));
  const status = reader.getByTestId("box-status");
  await expect(status).toHaveAttribute("aria-live", "polite");

  // Box mode: the frame takes the focus (with a ring that shows it), the box sits in the middle.
  await press(reader.getByRole("button", { name: "Draw a box with the keys" }));
  await expect(frame).toBeFocused();
  await expect(frame).toHaveAttribute("data-drawing-box", "");
  expect(await frame.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe("none");
  await expect(frame).toHaveAccessibleName(/Drawing a box .* Enter confirms, Escape cancels/);
  await expect(status).toContainText("Box 40% from the left, 40% from the top, 20% wide, 20% high.");
  await expect(frame.getByTestId("slice-pin")).toHaveAttribute("data-kind", "box");

  // Escape cancels the box, not the viewer.
  await reader.keyboard.press("Escape");
  await expect(status).toHaveText("Box cancelled.");
  await expect(frame).not.toHaveAttribute("data-drawing-box");
  await expect(frame.getByTestId("slice-pin")).toHaveCount(0);
  await expect(reader.getByTestId("stack-viewer")).toBeVisible();

  // Again: five steps right, two down; three wider, two shorter. Each step is announced.
  await press(reader.getByRole("button", { name: "Draw a box with the keys" }));
  await expect(frame).toBeFocused();
  for (let step = 0; step < 5; step++) await reader.keyboard.press("ArrowRight");
  for (let step = 0; step < 2; step++) await reader.keyboard.press("ArrowDown");
  await expect(status).toHaveText("Box 50% from the left, 44% from the top, 20% wide, 20% high.");
  for (let step = 0; step < 3; step++) await reader.keyboard.press("Shift+ArrowRight");
  for (let step = 0; step < 2; step++) await reader.keyboard.press("Shift+ArrowUp");
  await expect(status).toHaveText("Box 50% from the left, 44% from the top, 26% wide, 16% high.");
  // The arrows drew; they did not scroll.
  await expect(reader.getByTestId("slice-counter")).toHaveText("slice 1 / 2");
  await expectNoAxeViolations(reader, "the viewer drawing a box from the keyboard");

  // Enter confirms: the composer gets the anchor and the focus; Ctrl+Enter posts.
  await reader.keyboard.press("Enter");
  await expect(reader.getByTestId("anchor-chip")).toContainText("slice 1, with a box marked");
  await expect(reader.getByRole("combobox", { name: /Comment/ })).toBeFocused();
  await reader.keyboard.type("The oedema fills this box.");
  await reader.keyboard.press("Control+Enter");
  await expect(reader.getByTestId("comment").filter({ hasText: "The oedema fills this box." }).getByTestId("anchor-preview")).toBeVisible();

  const stored = await database().comment.findFirstOrThrow({ where: { caseId: id }, select: { seriesId: true, imageId: true, anchorMark: true } });
  expect(stored).toEqual({ seriesId: series.id, imageId: series.images[0]!.id, anchorMark: { kind: "box", x: 0.5, y: 0.44, w: 0.26, h: 0.16 } });
});
