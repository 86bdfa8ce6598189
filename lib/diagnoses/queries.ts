import "server-only";
import { db } from "@/lib/db";

/** Catalogue names for the diagnosis field's suggestions. */
export async function listDiagnosisNames(): Promise<string[]> {
  const rows = await db.diagnosis.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((row) => row.name);
}
