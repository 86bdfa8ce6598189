// Diagnosis pages: the entity, the resolved cases the viewer may see with it, and what it is
// confused with; never an unknown case's answer, never a team case of another team.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/core/db";
import { getDiagnosisPage } from "@/lib/pages/diagnosis-page";
import { makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const suffix = () => randomBytes(4).toString("hex");

async function entry(name: string) {
  return db.diagnosis.create({ data: { slug: `test-${suffix()}`, name, synonyms: [`${name} alias`], category: "test", icd10: "M89.0", rare: true } });
}

describe("diagnosis page", () => {
  it("lists visible resolved cases, hides unknown and foreign team cases, and shows what it is confused with", async () => {
    const name = `Test entity ${suffix()}`;
    const [d, other] = await Promise.all([entry(name), entry(`Other entity ${suffix()}`)]);
    const [author, reader, member] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const teamId = await makeTeam([[member, "member"]]);
    const resolution = (diagnosis: string) => ({ diagnosis, certainty: "certain" as const, basis: null, explanation: "", teachingPoints: "" });

    const resolved = await makeCase(author, { status: "resolved", title: "Resolved one", resolution: resolution(name) });
    await makeCase(author, { status: "unknown", title: "Hidden one", resolution: resolution(name) });
    await makeCase(member, { status: "resolved", title: "Team one", visibility: "team", teamId, resolution: resolution(name) });
    const confused = await makeCase(author, { status: "resolved", title: "Confused one", resolution: resolution(other.name) });
    await db.differentialEntry.create({ data: { caseId: confused, userId: reader.id, diagnosisId: d.id, rank: 1, rationale: "" } });
    await db.differentialEntry.create({ data: { caseId: resolved, userId: reader.id, diagnosisId: other.id, rank: 1, rationale: "" } });

    const view = await getDiagnosisPage(reader, d.id);
    expect(view).toMatchObject({ name, icd10: "M89.0", rare: true, synonyms: [`${name} alias`], caseCount: 1 });
    expect(view?.cases.map((kase) => kase.title)).toEqual(["Resolved one"]);
    expect(view?.confusedWith).toEqual([{ id: other.id, name: other.name, count: 1 }]);
    expect(view?.mistakenFor).toEqual([{ id: other.id, name: other.name, count: 1 }]);
    expect(view?.differentialCases.map((kase) => [kase.title, kase.finalName])).toEqual([["Confused one", other.name]]);
    expect(JSON.stringify(view)).not.toContain("Hidden one");
    expect(JSON.stringify(view)).not.toContain("Team one");

    const memberView = await getDiagnosisPage(await withTeamRoles(member), d.id);
    expect(memberView?.caseCount).toBe(2);
    expect(await getDiagnosisPage(reader, "no-such-diagnosis")).toBeNull();
  });
});
