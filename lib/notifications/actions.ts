"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guarded } from "@/lib/action";
import { getViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { invalid, ok, unauthenticated, type ActionResult } from "@/lib/result";

const markReadInput = z.object({ ids: z.array(z.string().min(1).max(40)).max(200).optional() });

/** Marks the given notifications (or all) as read. Only ever the viewer's own rows. */
export async function markNotificationsRead(payload: unknown): Promise<ActionResult<{ count: number }>> {
  return guarded("markNotificationsRead", async () => {
    const viewer = await getViewer();
    if (!viewer) return unauthenticated();
    const parsed = markReadInput.safeParse(payload);
    if (!parsed.success) return invalid(parsed.error);
    const { count } = await db.notification.updateMany({
      where: { userId: viewer.id, readAt: null, ...(parsed.data.ids ? { id: { in: parsed.data.ids } } : {}) },
      data: { readAt: new Date() },
    });
    revalidatePath("/", "layout");
    return ok({ count });
  });
}
