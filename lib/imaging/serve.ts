// The image route's logic: authorize the study now (404 for anything the viewer may not see,
// exactly like a foreign case), then stream the stored object. Only PNG, JPEG and WebP are ever
// sent, privately cached, never sniffed; the key comes from the row, never from the request.
import "server-only";
import { requestIp } from "@/lib/audit/request";
import { audit, auditTeamId } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { imageStorage } from "@/lib/storage/runtime";
import { canSeeStudyImages } from "./policy";
import { loadImageForView } from "./queries";

const SERVABLE = new Set(["image/png", "image/jpeg", "image/webp"]);
/** A team case's image views are audited once per viewer and study in this window (a scroll fetches hundreds). */
const AUDIT_WINDOW_MS = 5 * 60_000;
const recentlyAudited = new Map<string, number>();

function notFoundResponse(): Response {
  return Response.json(
    { ok: false, code: "not_found", message: "That image does not exist or you do not have access to it." },
    { status: 404, headers: { "cache-control": "no-store", "x-content-type-options": "nosniff" } },
  );
}

async function auditView(viewer: Viewer, kase: { visibility: string; teamId: string | null }, studyId: string) {
  const teamId = auditTeamId(kase);
  if (!teamId) return;
  const key = `${viewer.id}:${studyId}`;
  const now = Date.now();
  if ((recentlyAudited.get(key) ?? 0) > now - AUDIT_WINDOW_MS) return;
  recentlyAudited.set(key, now);
  if (recentlyAudited.size > 10_000) for (const [entry, at] of recentlyAudited) if (at < now - AUDIT_WINDOW_MS) recentlyAudited.delete(entry);
  await audit(db, { actorId: viewer.id, action: "image.view", resourceType: "study", resourceId: studyId, teamId, ip: await requestIp() });
}

export async function serveImage(viewer: Viewer | null, imageId: string, size: "full" | "thumb"): Promise<Response> {
  const image = await loadImageForView(viewer, imageId);
  if (!image || !canSeeStudyImages(viewer, image.kase, image, image.gate)) return notFoundResponse();
  const stored = await imageStorage().open(size === "thumb" ? image.thumbKey : image.fullKey);
  if (!stored || !SERVABLE.has(stored.contentType)) return notFoundResponse();
  if (viewer) await auditView(viewer, image.kase, image.studyId);
  return new Response(stored.body, {
    status: 200,
    headers: {
      "content-type": stored.contentType,
      "content-length": String(stored.size),
      // Private: shared caches never keep a case's images. The content behind an id never
      // changes, so the viewer's own browser may keep it (access is checked again after an hour).
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
