"use server";
// MDT case to teaching case in one click (issue 27 item 8, decision 086).
import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { requestIp } from "@/lib/audit/request";
import type { ActionResult } from "@/lib/core/result";
import { makeTeachingCopy as make, type CopyFindings } from "./copy";
import { teachingCopyInput } from "./schema";

export const makeTeachingCopy = action("makeTeachingCopy", teachingCopyInput, async ({ viewer, input }): Promise<ActionResult<{ caseId: string }, CopyFindings>> => {
  const result = await make(viewer, input, await requestIp());
  if (result.ok) {
    revalidatePath("/cases");
    revalidatePath("/");
  }
  return result;
});
