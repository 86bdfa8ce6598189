import { describe, expect, it } from "vitest";
import { communityDetails, reidentificationRisks } from "./risk";

describe("re-identification risk", () => {
  it("warns when a rare diagnosis meets a town, an occupation or an extreme age band", () => {
    const [warning] = reidentificationRisks({
      texts: ["A fisherman from Framingham with a painful thigh mass."],
      ageBand: "90+",
      rareDiagnosis: true,
      diagnosisName: "Myositis ossificans progressiva",
    });
    expect(warning?.kind).toBe("rare_with_community_detail");
    expect(warning?.details).toEqual(expect.arrayContaining(["Framingham", "fisherman", "age band 90+"]));
  });

  it("stays quiet for a common diagnosis, or a rare one without community details", () => {
    expect(reidentificationRisks({ texts: ["A fisherman from Framingham with ankle pain."], rareDiagnosis: false })).toEqual([]);
    expect(reidentificationRisks({ texts: ["Thigh mass on MRI, T1 low signal."], ageBand: "50–54", rareDiagnosis: true })).toEqual([]);
    expect(reidentificationRisks({ texts: ["A fisherman with a mass."], rareDiagnosis: null })).toEqual([]);
  });

  it("warns when a team case is about to become public", () => {
    expect(reidentificationRisks({ texts: [], visibility: "public", previousVisibility: "team" }).map((w) => w.kind)).toEqual(["team_case_made_public"]);
    expect(reidentificationRisks({ texts: [], visibility: "public", previousVisibility: "institution" })).toEqual([]);
  });

  it("lists very young and very old age bands as details", () => {
    expect(communityDetails({ texts: [], ageBand: "0–4" })).toEqual(["age band 0–4"]);
    expect(communityDetails({ texts: [], ageBand: "30–34" })).toEqual([]);
  });
});
