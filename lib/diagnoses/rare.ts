// Whether a final diagnosis, as the author typed it, is a rare entity in the catalogue (the
// re-identification warning of issue 25 item 7). Unknown names are not rare.
import "server-only";
import { db } from "@/lib/core/db";

export async function isRareDiagnosis(name: string | null | undefined): Promise<boolean> {
  const text = name?.trim();
  if (!text) return false;
  const row = await db.diagnosis.findFirst({
    where: { OR: [{ name: { equals: text, mode: "insensitive" } }, { synonyms: { has: text } }] },
    select: { rare: true },
  });
  return Boolean((row as { rare?: boolean } | null)?.rare);
}
