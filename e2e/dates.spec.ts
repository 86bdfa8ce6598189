// Dates in the reader's locale and time zone, the same in the server's HTML and after hydration
// (issue 26 item 15, decision 069).
import { expect } from "@playwright/test";
import { createConference, createTeam } from "./support/conferences";
import { createUser, database, signIn, test } from "./support/fixtures";

const STARTS_AT = "2031-03-06T17:30:00.000Z";

test("a conference's time reads in the reader's zone, and hydration never changes it", async ({ browser }) => {
  const user = await createUser("clinician");
  const team = await createTeam([{ user, role: "owner" }]);
  const conference = await createConference({ kind: "teaching", teamId: team.id, presenter: user, caseIds: ["demo-runner-metatarsal"] });
  await database().conference.update({ where: { id: conference.id }, data: { startsAt: new Date(STARTS_AT) } });

  const context = await browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
  await signIn(context.request, user.email, user.password);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") problems.push(message.text()); });
  const shown = page.locator(`time[datetime="${STARTS_AT}"]`).first();

  // First visit: the server does not know the zone yet and says UTC; the browser then tells it
  // (a cookie) and shows New York time.
  await page.goto(`/conferences/${conference.id}`);
  await expect(shown).toHaveText("Mar 6, 2031, 12:30 PM");

  // From now on the server's HTML is already in New York time, so hydration changes nothing.
  const html = await (await context.request.get(`/conferences/${conference.id}`, { headers: { "accept-language": "en-US,en;q=0.9" } })).text();
  expect(html).toContain("Mar 6, 2031, 12:30 PM");
  expect(html).not.toContain("17:30 UTC");
  await page.reload();
  await expect(shown).toHaveText("Mar 6, 2031, 12:30 PM");
  expect(problems.filter((text) => /hydrat|did not match|didn't match/i.test(text))).toEqual([]);
  await context.close();
});
