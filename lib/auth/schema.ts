import { z } from "zod";

/**
 * Roles a person may choose when registering. Nobody gives themselves power (decision 031): an
 * educator is appointed by an admin (/admin/users, `npm run users:set-role`) or, within a team, by
 * its owner; an admin by the seed or `npm run users:create-admin`.
 */
export const SELF_SERVICE_ROLES = ["resident", "clinician"] as const;
export const SELF_SERVICE_ROLE_MESSAGE = "Choose resident or clinician. Educators are appointed by an administrator or by a team's owner.";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .email("Enter a valid email address, like name@hospital.org.");

export const registerInput = z.object({
  name: z.string().trim().min(2, "Enter your name (at least 2 characters).").max(100, "Keep your name under 100 characters."),
  email,
  password: z
    .string()
    .min(10, "Use at least 10 characters for your password.")
    .max(200, "Keep your password under 200 characters."),
  role: z.enum(SELF_SERVICE_ROLES, { message: SELF_SERVICE_ROLE_MESSAGE }),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200),
});

/**
 * Only same-site paths, so a crafted link cannot bounce a fresh sign-in to another site.
 * Browsers drop tabs and newlines inside URLs and read "\\" as "/", so "/\t/evil.example"
 * would become "//evil.example": refuse control characters and backslashes outright, then let
 * the URL parser confirm that the result stays on our origin.
 */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2_000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const base = "http://rounds.invalid";
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || value.startsWith("//")) return fallback;
  return url.pathname + url.search + url.hash;
}
