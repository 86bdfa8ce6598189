"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { db } from "@/lib/core/db";
import { ok, type ActionResult } from "@/lib/core/result";

import { ownNotificationsWhere } from "./policy";
import { markReadInput } from "./schema";

/** Marks the given notifications (or all) as read. Only ever the viewer's own rows. */
export const markNotificationsRead = action("markNotificationsRead", markReadInput, async ({ viewer, input }): Promise<ActionResult<{ count: number }>> => {
  const { count } = await db.notification.updateMany({
    where: { ...ownNotificationsWhere(viewer), readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: new Date() },
  });
  revalidatePath("/", "layout");
  return ok({ count });
});
