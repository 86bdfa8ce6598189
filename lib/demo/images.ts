// Illustrative image stacks for the demo cases: the synthetic sagittal foot MRI (lib/images/
// synthetic.ts), labelled SYNTHETIC in its pixels and series name, put through the same ingest
// path as an upload (de-identified, rendered, stored, grouped into a series). Only studies with no
// series yet get one, so seeding again adds nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { syntheticFootDicomSeries } from "@/lib/images/synthetic";
import { ingestFiles } from "@/lib/jobs/ingest-files";
import type { ObjectStorage } from "@/lib/storage/types";

/** Slices per demo series: enough to scroll, few enough for a first `npm start` in seconds. */
const SLICES = 16;
const SIZE = 224;

/** Per demo case, the oedema shown by each of its MRI studies in timeline order. */
export const DEMO_STACKS: Record<string, number[]> = {
  // Stress reaction of the 2nd metatarsal at Day 0, a larger oedema at +8 weeks.
  "demo-runner-metatarsal": [0.35, 0.85],
  // Marrow oedema that changes between the three MRIs (drawn in the same synthetic foot).
  "demo-talus-unknown": [0.8, 0.5, 0.2],
};

export async function seedDemoImages(client: PrismaClient, storage: ObjectStorage): Promise<number> {
  let added = 0;
  for (const [caseId, oedemas] of Object.entries(DEMO_STACKS)) {
    const studies = await client.study.findMany({
      where: { caseId, modality: "MRI" },
      orderBy: [{ dayOffset: "asc" }, { position: "asc" }],
      select: { id: true, caseId: true, dayOffset: true, _count: { select: { series: true } } },
    });
    for (const [index, study] of studies.entries()) {
      const oedema = oedemas[index];
      if (oedema === undefined || study._count.series > 0) continue;
      const files = syntheticFootDicomSeries({ slices: SLICES, size: SIZE, oedema, seed: `${caseId}:${index}`, seriesDescription: "Sag STIR" });
      const result = await ingestFiles(client, storage, study, files);
      if (result.failed.length) throw new Error(`demo images for ${caseId}: ${result.failed[0]}`);
      // The middle slice, where the oedema shows best, is the study's key image.
      const middle = await client.image.findFirst({ where: { series: { studyId: study.id } }, orderBy: { position: "asc" }, skip: Math.floor(SLICES / 2), select: { id: true } });
      if (middle) await client.image.update({ where: { id: middle.id }, data: { isKey: true, caption: `SYNTHETIC illustration: marrow oedema ${oedema >= 0.6 ? "larger" : "smaller"} in this study` } });
      added += result.added;
    }
  }
  return added;
}
