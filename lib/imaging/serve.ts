// The image route's logic: authorize the study now (404 for anything the viewer may not see,
// exactly like a foreign case), then stream the stored object. Only PNG, JPEG and WebP are ever
// sent, privately cached, never sniffed; the key comes from the row, never from the request. The
// URL's version decides how long the browser may keep the answer (decision 094).
import "server-only";
import { requestIp } from "@/lib/audit/request";
import { audit, auditTeamId } from "@/lib/audit/write";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { imageStorage } from "@/lib/storage/runtime";
import { canSeeStudyImages } from "./policy";
import { loadImageForView } from "./queries";
import { imageUrl, type ImageRef } from "./view";

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

/** What the request asked for beyond the image: the URL's version and the browser's validator. */
export type VersionAsked = { version?: string; ifNoneMatch?: string | null };

/**
 * How to answer for the version the URL carries, once the viewer is authorized (so a redirect
 * never tells anyone who may not see the image that it exists). Private in every case: shared
 * caches never keep a case's images.
 * - the current version: the URL can never name other bytes, so the browser keeps it for good;
 * - no version (a URL from before versions, or typed by hand): served, but the browser asks again
 *   every time (with the ETag, so an unchanged image costs a 304);
 * - any other version: the pixels changed since the URL was handed out (a black-out, decision
 *   092). A redirect to the current URL keeps a page rendered before the change (an open tab, a
 *   cached page, the projector) showing the new pixels; the redirect itself is never stored.
 */
export function versionAnswer(image: ImageRef, kind: "full" | "thumb" | "pixels", asked: VersionAsked): { redirect: Response } | { headers: Record<string, string>; notModified: boolean } {
  if (asked.version !== undefined && asked.version !== image.version) {
    return { redirect: new Response(null, { status: 307, headers: { location: imageUrl(image, kind), "cache-control": "no-store", "x-content-type-options": "nosniff" } }) };
  }
  const etag = `"${image.version}.${kind}"`;
  const cacheControl = asked.version === undefined ? "private, no-cache" : "private, max-age=31536000, immutable";
  const notModified = asked.ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag) ?? false;
  return { headers: { etag, "cache-control": cacheControl, "x-content-type-options": "nosniff" }, notModified };
}

/** The 304 for a browser whose copy is current (only ever after authorization). */
export const notModifiedResponse = (headers: Record<string, string>) => new Response(null, { status: 304, headers });

export async function serveImage(viewer: Viewer | null, imageId: string, size: "full" | "thumb", asked: VersionAsked = {}): Promise<Response> {
  const image = await loadImageForView(viewer, imageId);
  if (!image || !canSeeStudyImages(viewer, image.kase, image, image.gate)) return notFoundResponse();
  const answer = versionAnswer(image, size, asked);
  if ("redirect" in answer) return answer.redirect;
  if (answer.notModified) {
    if (viewer) await auditView(viewer, image.kase, image.studyId);
    return notModifiedResponse(answer.headers);
  }
  const stored = await imageStorage().open(size === "thumb" ? image.thumbKey : image.fullKey);
  if (!stored || !SERVABLE.has(stored.contentType)) return notFoundResponse();
  if (viewer) await auditView(viewer, image.kase, image.studyId);
  return new Response(stored.body, {
    status: 200,
    headers: {
      "content-type": stored.contentType,
      "content-length": String(stored.size),
      ...answer.headers,
      "content-disposition": "inline",
      "cross-origin-resource-policy": "same-origin",
    },
  });
}
