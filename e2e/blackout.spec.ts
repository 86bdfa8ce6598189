// Burned-in text in the browser (issue 23 item 4): an ultrasound marked as carrying burned-in text is
// held back; its author drags a box over the "text" and blacks it out; the stored values served by
// the pixel route are overwritten under the box, and the series is no longer held. The thumbnail's
// URL changes with the pixels (decision 094): the old one redirects, the new one is kept for good.
import { identifyingDicom } from "../lib/images/test-dicom";
import { seedCase, study } from "./support/cases";
import { database, expect, test } from "./support/fixtures";

test("an author blacks out a box on a held-back ultrasound and the stored pixels under it are gone", async ({ userPage: page, user }) => {
  test.setTimeout(120_000);
  const { id } = await seedCase(user.id, { timeline: [study({ dayOffset: 0, modality: "US", findings: "Hypoechoic collection." })] });
  await page.goto(`/cases/${id}/edit`);
  // 4 x 4 pixels, values index * 200: the top-left 2 x 2 (0, 200, 800, 1000) stands for the text.
  const bytes = identifyingDicom({ modality: "US", burnedIn: "YES", age: "045Y" });
  await page.getByTestId("image-input").first().setInputFiles([{ name: "us.dcm", mimeType: "application/dicom", buffer: Buffer.from(bytes) }]);
  await expect(page.locator('[data-testid="upload-row"][data-phase="done"]')).toHaveCount(1, { timeout: 60_000 });
  const editor = page.getByTestId("series-editor").first();
  await expect(editor.getByText(/Held back/)).toBeVisible({ timeout: 15_000 });

  const thumbnail = editor.getByTestId("image-editor").first().getByRole("img");
  const heldUrl = (await thumbnail.getAttribute("src"))!;
  expect(heldUrl).toMatch(/\?size=thumb&v=[\w-]{16}$/);
  await editor.getByRole("button", { name: "Black out text…" }).click();
  const blackOut = page.getByTestId("black-out-editor");
  const frame = blackOut.getByTestId("black-out-frame");
  await frame.scrollIntoViewIfNeeded();
  const box = (await frame.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + 1);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(blackOut.getByRole("list", { name: "Boxes" })).toContainText("2 x 2 at 0, 0");
  await blackOut.getByRole("button", { name: "Black out 1 box" }).click();
  await expect(blackOut).toBeHidden();
  await expect(editor.getByText(/Held back/)).toBeHidden();
  await expect(thumbnail).not.toHaveAttribute("src", heldUrl);
  const newUrl = (await thumbnail.getAttribute("src"))!;
  const fresh = await page.request.get(newUrl);
  expect(fresh.status()).toBe(200);
  expect(fresh.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  const stale = await page.request.get(heldUrl, { maxRedirects: 0 });
  expect(stale.status()).toBe(307);
  expect(stale.headers()["location"]).toBe(newUrl);
  expect(stale.headers()["cache-control"]).toBe("no-store");

  const image = await database().image.findFirstOrThrow({ where: { caseId: id }, select: { id: true, needsReview: true } });
  expect(image.needsReview).toBe(false);
  const pixels = await page.request.get(`/api/images/${image.id}/pixels`);
  expect(pixels.status()).toBe(200);
  const values = Array.from(new Uint16Array(new Uint8Array(await pixels.body()).buffer));
  expect(values).toEqual(Array.from({ length: 16 }, (_, index) => ([0, 1, 4, 5].includes(index) ? 0 : index * 200)));
});
