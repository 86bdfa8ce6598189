// Images at a live conference (issue 24 item 5): an audience phone follows the presenter's slice
// within seconds, stops when it browses freely and catches up when it follows again; the projector
// shows the same slice; the audience cannot fetch the next study's image or pixels (404) until the
// presenter reaches it, and its live view names none of them.
import { expect, test } from "./support/fixtures";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";
import { liveConferenceWithImages, SLICES } from "./support/conference-images";

test("the audience follows the presenter's slice, browses freely, and never reaches ahead", async ({ browser }) => {
  test.setTimeout(180_000);
  const { conference, images, lead, phone, audience } = await liveConferenceWithImages(browser);
  const presenterSlice = lead.page.getByTestId("presenter-images").getByTestId("slice-counter");
  const phoneSlice = audience.getByTestId("audience-images").getByTestId("slice-counter");
  await expect(phoneSlice).toHaveText(`slice 1 / ${SLICES[0]}`);
  const projector = await lead.context.newPage();
  await projector.goto(`/conferences/${conference.id}/project`);
  await expect(projector.getByTestId("projector-stage")).toHaveText("Case 1 of 1 · Study 1 of 2");

  // ↓ three times on the presenter's page (a fast scroll): the phone and the projector land on slice 4.
  await lead.page.bringToFront();
  for (let press = 0; press < 3; press++) await lead.page.keyboard.press("ArrowDown");
  await expect(presenterSlice).toHaveText(`slice 4 / ${SLICES[0]}`);
  await expect(phoneSlice).toHaveText(`slice 4 / ${SLICES[0]}`, { timeout: 5_000 });
  await expect(projector.getByTestId("projector-slice")).toContainText(`slice 4 / ${SLICES[0]}`, { timeout: 5_000 });
  // The image's versioned URL (decision 094).
  await expect(projector.getByTestId("projector-image")).toHaveAttribute("src", new RegExp(`^/api/images/${images[0]![3]!.id}\\?v=[\\w-]{16}$`));

  // Browsing freely: the presenter moves on, the projector follows, the phone stays where it was.
  await audience.getByRole("button", { name: "Browse freely" }).click();
  await expect(audience.getByTestId("audience-images")).toHaveAttribute("data-following", "false");
  await lead.page.keyboard.press("ArrowDown");
  await expect(projector.getByTestId("projector-slice")).toContainText(`slice 5 / ${SLICES[0]}`, { timeout: 5_000 });
  await expect(phoneSlice).toHaveText(`slice 4 / ${SLICES[0]}`);
  await audience.getByRole("button", { name: "Follow presenter" }).click();
  await expect(phoneSlice).toHaveText(`slice 5 / ${SLICES[0]}`);

  // The next study: nothing of it in the phone's live view, and 404 for its image, thumbnail and pixels.
  const state = await (await phone.request.get(`/api/conferences/${conference.id}/state`)).text();
  for (const image of images[1]!) expect(state).not.toContain(image.id);
  for (const path of ["", "?size=thumb", "/pixels"]) {
    const url = path === "/pixels" ? `/api/images/${images[1]![0]!.id}/pixels` : `/api/images/${images[1]![0]!.id}${path}`;
    expect((await phone.request.get(url)).status(), url).toBe(404);
  }
  expect((await phone.request.get(`/api/images/${images[0]![0]!.id}/pixels`)).status()).toBe(200);

  // The presenter reaches it: the phone (following) shows its key image, and may fetch it.
  await lead.page.keyboard.press("ArrowRight");
  await expect(lead.page.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Study 2 of 2");
  await expect(audience.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Study 2 of 2");
  await expect(phoneSlice).toHaveText(`slice 1 / ${SLICES[1]}`);
  await expect(projector.getByTestId("projector-slice")).toContainText(`slice 1 / ${SLICES[1]}`);
  expect((await phone.request.get(`/api/images/${images[1]![0]!.id}/pixels`)).status()).toBe(200);
  await lead.context.close();
  await phone.close();
});

// The presenter's window/level travels with the slice (decision 095): a following phone and the
// projector show the presenter's window values; a phone that arrives later gets them from the
// stored position; a phone browsing freely keeps its own window.
test("a following phone and the projector show the presenter's window; a phone browsing freely keeps its own", async ({ browser }) => {
  test.setTimeout(180_000);
  const { conference, lead, phone, audience } = await liveConferenceWithImages(browser);
  const presenterImages = lead.page.getByTestId("presenter-images");
  const phoneImages = audience.getByTestId("audience-images");
  const projector = await lead.context.newPage();
  await projector.goto(`/conferences/${conference.id}/project`);
  await expect(projector.getByTestId("projector-image")).toBeVisible();
  const presenterValues = async () => (await presenterImages.getByTestId("window-values").textContent())!.trim();

  // The presenter turns the Window tool on: the file's own window (or the histogram's) goes to the room.
  await lead.page.bringToFront();
  await presenterImages.getByRole("button", { name: "Window", exact: true }).click();
  await expect(presenterImages.getByTestId("window-values")).toHaveText(/^W \d+ \/ L -?\d+$/);
  const first = await presenterValues();
  await expect(phoneImages.getByTestId("followed-window")).toContainText(first, { timeout: 5_000 });
  await expect(phoneImages.getByTestId("windowed-canvas")).toBeVisible();
  await expect(projector.getByTestId("projector-window")).toContainText(first, { timeout: 5_000 });
  await expect(projector.getByTestId("projector-images").getByTestId("windowed-canvas")).toBeVisible();

  // A custom window from the keyboard (Shift+arrows in the viewer: not the presenter's step keys).
  await presenterImages.getByTestId("stack-frame").focus();
  for (const key of ["Shift+ArrowRight", "Shift+ArrowRight", "Shift+ArrowDown"]) await lead.page.keyboard.press(key);
  await expect(presenterImages.getByTestId("window-values")).not.toHaveText(first);
  const custom = await presenterValues();
  await expect(lead.page.getByTestId("stage-label")).toHaveText("Case 1 of 1 · Study 1 of 2");
  await expect(phoneImages.getByTestId("followed-window")).toContainText(custom, { timeout: 5_000 });
  await expect(projector.getByTestId("projector-window")).toContainText(custom, { timeout: 5_000 });
  await expectNoAxeViolations(audience, "audience, following the presenter's window");
  await expectNoHorizontalScroll(audience, "audience, following the presenter's window");

  // A phone that opens the conference now catches up from the stored position.
  const late = await phone.newPage();
  await late.goto(`/conferences/${conference.id}`);
  await expect(late.getByTestId("audience-images").getByTestId("followed-window")).toContainText(custom);
  await late.close();

  // Browsing freely: the phone windows on its own and the presenter's changes pass it by.
  await phoneImages.getByRole("button", { name: "Browse freely" }).click();
  await expect(phoneImages.getByTestId("followed-window")).toHaveCount(0);
  await phoneImages.getByRole("button", { name: "Window", exact: true }).click();
  await phoneImages.getByTestId("stack-frame").focus();
  await audience.keyboard.press("Shift+ArrowLeft");
  const own = (await phoneImages.getByTestId("window-values").textContent())!.trim();
  expect(own).not.toBe(custom);
  await presenterImages.getByTestId("stack-frame").focus();
  await lead.page.keyboard.press("Shift+ArrowUp");
  await expect(presenterImages.getByTestId("window-values")).not.toHaveText(custom);
  const moved = await presenterValues();
  await expect(projector.getByTestId("projector-window")).toContainText(moved, { timeout: 5_000 });
  await expect(phoneImages.getByTestId("window-values")).toHaveText(own);

  // Following again: the presenter's window at once.
  await phoneImages.getByRole("button", { name: "Follow presenter" }).click();
  await expect(phoneImages.getByTestId("followed-window")).toContainText(moved);
  await expect(phoneImages.getByTestId("window-values")).toHaveText(moved);

  // The presenter leaves the Window tool: the room shows the slice as rendered again.
  await presenterImages.getByRole("button", { name: "Scroll", exact: true }).click();
  await expect(phoneImages.getByTestId("followed-window")).toHaveCount(0, { timeout: 5_000 });
  await expect(projector.getByTestId("projector-window")).toHaveCount(0, { timeout: 5_000 });
  await expect(projector.getByTestId("projector-image")).toBeVisible();
  await lead.context.close();
  await phone.close();
});
