import { describe, it, expect } from "vitest";
import { caseInput } from "../cases/schema";
import { scanCaseForIdentifiers } from "../cases/identifiers";
import { DEMO_CASES, DEMO_PASSWORD, DEMO_USERS } from "./content";

const EXPECTED_EMAILS = [
  "resident@example.org",
  "attending@example.org",
  "educator@example.org",
  "radiologist@example.org",
  "admin@example.org",
];

describe("demo users", () => {
  it("has exactly the five demo accounts", () => {
    expect(DEMO_USERS.map((user) => user.email).sort()).toEqual([...EXPECTED_EMAILS].sort());
  });

  it("gives each account the intended role", () => {
    const roles = Object.fromEntries(DEMO_USERS.map((user) => [user.email, user.role]));
    expect(roles).toEqual({
      "resident@example.org": "resident",
      "attending@example.org": "clinician",
      "educator@example.org": "educator",
      "radiologist@example.org": "clinician",
      "admin@example.org": "admin",
    });
  });

  it("has a non-empty name for everyone and a shared password", () => {
    for (const user of DEMO_USERS) expect(user.name.trim().length).toBeGreaterThan(0);
    expect(DEMO_PASSWORD).toBe("rounds-demo-2026");
  });
});

describe("demo cases", () => {
  it("has unique ids", () => {
    const ids = DEMO_CASES.map((demo) => demo.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("includes the three core cases with their statuses and authors", () => {
    const byId = new Map(DEMO_CASES.map((demo) => [demo.id, demo]));
    expect(byId.get("demo-runner-metatarsal")).toMatchObject({ authorEmail: "radiologist@example.org", daysAgo: 20 });
    expect(byId.get("demo-runner-metatarsal")?.input.status).toBe("open");
    expect(byId.get("demo-talus-unknown")).toMatchObject({ authorEmail: "resident@example.org", daysAgo: 3 });
    expect(byId.get("demo-talus-unknown")?.input.status).toBe("unknown");
    expect(byId.get("demo-metatarsal-teaching")).toMatchObject({ authorEmail: "educator@example.org", daysAgo: 40 });
    expect(byId.get("demo-metatarsal-teaching")?.input.status).toBe("resolved");
  });

  it("is authored by demo users only", () => {
    const emails = new Set(DEMO_USERS.map((user) => user.email));
    for (const demo of DEMO_CASES) expect(emails.has(demo.authorEmail), demo.id).toBe(true);
  });

  it.each(DEMO_CASES.map((demo) => [demo.id, demo] as const))("%s parses with caseInput", (_id, demo) => {
    const result = caseInput.safeParse(demo.input);
    if (!result.success) console.error(demo.id, JSON.stringify(result.error.issues, null, 2));
    expect(result.success).toBe(true);
    // The content is written in the schema's output shape, so parsing must not change it
    // (no tags lower-cased or de-duplicated, no defaults filled in behind the author's back).
    if (result.success) expect(result.data).toEqual(demo.input);
  });

  it.each(DEMO_CASES.map((demo) => [demo.id, demo] as const))("%s has its timeline in day order", (_id, demo) => {
    const offsets = demo.input.timeline.map((item) => item.dayOffset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(demo.daysAgo).toBeGreaterThanOrEqual(0);
  });

  it("stores the answer for every open, unknown and resolved case", () => {
    for (const demo of DEMO_CASES) {
      if (demo.input.status === "draft") continue;
      expect(demo.input.resolution.diagnosis, demo.id).not.toBe("");
    }
  });

  it("does not give the unknown case's answer away in its title or tags", () => {
    for (const demo of DEMO_CASES.filter((d) => d.input.status === "unknown")) {
      const answerWords = demo.input.resolution.diagnosis
        .toLowerCase()
        .split(/\s+/)
        .filter((word) => word.length > 4); // "transient", "marrow", "oedema", "syndrome"
      const visible = [demo.input.title, ...demo.input.tags].join(" ").toLowerCase();
      for (const word of answerWords) expect(visible, `${demo.id}: "${word}"`).not.toContain(word);
    }
  });

  it.each(DEMO_CASES.map((demo) => [demo.id, demo] as const))(
    "%s contains nothing that looks like a patient identifier",
    (_id, demo) => {
      const findings = scanCaseForIdentifiers(caseInput.parse(demo.input));
      expect(findings.map((f) => `${f.field}: ${f.kind} "${f.text}"`)).toEqual([]);
    },
  );
});
