// The radiologist's viewer (issue 24): window and level change the canvas's pixels exactly as the
// DICOM linear function says for the slice's stored values; the author's marks are drawn over the
// slice and listed as text; cine plays the stack.
import { syntheticFootDicomSeries } from "../lib/images/synthetic";
import { greyOf } from "../lib/images/window";
import { seedCase, study } from "./support/cases";
import { database, expect, test } from "./support/fixtures";
import { uploadOverHttp } from "./support/images";

test("window and level, marks and cine on an uploaded DICOM series", async ({ userPage: page, user }) => {
  test.setTimeout(150_000);
  const { id } = await seedCase(user.id, { timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Marrow oedema of the second metatarsal." })] });
  const studyRow = await database().study.findFirstOrThrow({ where: { caseId: id }, select: { id: true } });
  for (const bytes of syntheticFootDicomSeries({ slices: 4, size: 64, oedema: 0.6, seed: `viewer-${id}` })) await uploadOverHttp(page.context().request, studyRow.id, bytes);
  const first = await database().image.findFirstOrThrow({ where: { series: { studyId: studyRow.id } }, orderBy: { position: "asc" }, select: { id: true } });

  // The slice's stored values, as the viewer fetches them.
  const response = await page.context().request.get(`/api/images/${first.id}/pixels`);
  expect(response.status()).toBe(200);
  const header = JSON.parse(response.headers()["x-rounds-pixels"]!) as { slope: number; intercept: number };
  const raw = await response.body();
  const values = new Uint16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const at = (x: number, y: number) => values[y * 64 + x]! * header.slope + header.intercept;

  await page.goto(`/cases/${id}`);
  await page.getByTestId("open-series").first().click();
  await expect(page.getByTestId("slice-counter")).toHaveText("slice 1 / 4");
  await page.getByRole("button", { name: "Window", exact: true }).click();
  const canvas = page.getByTestId("windowed-canvas");
  await expect(canvas).toBeVisible();
  const readWindow = async () => {
    const match = /W (-?\d+) \/ L (-?\d+)/.exec((await page.getByTestId("window-values").textContent()) ?? "");
    return { width: Number(match![1]), center: Number(match![2]) };
  };
  const canvasGrey = (x: number, y: number) => canvas.evaluate((element: HTMLCanvasElement, [px, py]) => element.getContext("2d")!.getImageData(px!, py!, 1, 1).data[0]!, [x, y]);
  const points: Array<[number, number]> = [[32, 32], [20, 40], [45, 15]];
  const expectWindowed = async () => {
    const window = await readWindow();
    for (const [x, y] of points) {
      // The display rounds the window to whole numbers: a grey may differ by one step.
      expect(Math.abs((await canvasGrey(x, y)) - greyOf(at(x, y), window))).toBeLessThanOrEqual(2);
    }
    return window;
  };
  await expect.poll(() => canvasGrey(32, 32)).toBeGreaterThanOrEqual(0);
  const before = await expectWindowed();

  // A drag to the right widens the window; down raises the level.
  // The frame's middle must be on screen for the mouse to reach it.
  await page.getByTestId("stack-frame").scrollIntoViewIfNeeded();
  await page.getByTestId("stack-frame").evaluate((element) => element.scrollIntoView({ block: "center" }));
  const box = (await page.getByTestId("stack-frame").boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  const dragged = await expectWindowed();
  expect(dragged.width).toBeLessThan(before.width);
  expect(dragged.center).toBeGreaterThan(before.center);
  // The keyboard does what the drag does.
  await page.getByTestId("stack-frame").focus();
  await page.keyboard.press("Shift+ArrowRight");
  expect((await readWindow()).width).toBeGreaterThan(dragged.width);
  await expectWindowed();
  await page.getByRole("button", { name: "Reset" }).last().click();
  expect(await readWindow()).toEqual(before);

  // A circle and a label placed by the author, drawn over the slice and listed as text.
  await page.getByRole("button", { name: "Mark", exact: true }).click();
  const tool = page.getByTestId("mark-tool");
  await tool.getByRole("combobox").selectOption("circle");
  await tool.getByRole("textbox").fill("oedema");
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
  await expect(page.getByTestId("annotation")).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Marks on this slice" })).toContainText("Circle: oedema");
  const stored = await database().imageAnnotation.findFirstOrThrow({ where: { imageId: first.id }, select: { kind: true, geometry: true } });
  expect(stored.kind).toBe("circle");
  expect((stored.geometry as { cx: number }).cx).toBeGreaterThanOrEqual(30);
  expect((stored.geometry as { cx: number }).cx).toBeLessThanOrEqual(34);
  await page.getByRole("button", { name: "Marks", exact: true }).click();
  await expect(page.getByTestId("annotation")).toHaveCount(0);

  // Cine: the stack plays as a loop and stops.
  await page.getByRole("button", { name: "Scroll", exact: true }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await expect(page.getByTestId("slice-counter")).not.toHaveText("slice 1 / 4");
  await page.getByRole("button", { name: "Pause" }).click();
});

test("Compare shows two studies' series scrolled together, by body position", async ({ userPage: page, user }) => {
  test.setTimeout(150_000);
  const { id } = await seedCase(user.id, {
    timeline: [study({ dayOffset: 0, modality: "MRI", findings: "Marrow oedema." }), study({ dayOffset: 56, modality: "MRI", findings: "Larger oedema." })],
  });
  const rows = await database().study.findMany({ where: { caseId: id }, orderBy: { dayOffset: "asc" }, select: { id: true } });
  // The later study has twice as many slices over the same 90 mm of foot.
  for (const [at, row] of rows.entries()) {
    for (const bytes of syntheticFootDicomSeries({ slices: at === 0 ? 3 : 5, size: 64, seed: `compare-${id}-${at}` })) await uploadOverHttp(page.context().request, row.id, bytes);
  }
  await page.goto(`/cases/${id}`);
  const compare = page.getByTestId("compare-stacks");
  await expect(compare).toBeVisible();
  const counters = compare.getByTestId("compare-counter");
  await expect(counters).toHaveText(["slice 1 / 3", "slice 1 / 5"]);
  await compare.getByRole("slider").first().focus();
  await page.keyboard.press("ArrowDown");
  // The middle of the earlier stack is the middle of the later one.
  await expect(counters).toHaveText(["slice 2 / 3", "slice 3 / 5"]);
  await page.keyboard.press("ArrowDown");
  // 4 mm along the foot in both: the earlier stack's last slice, the later one's fourth.
  await expect(counters).toHaveText(["slice 3 / 3", "slice 4 / 5"]);
  await compare.getByLabel("Scroll together").uncheck();
  await compare.getByRole("slider").first().focus();
  await page.keyboard.press("ArrowUp");
  await expect(counters).toHaveText(["slice 2 / 3", "slice 4 / 5"]);
});
