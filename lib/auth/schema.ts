import { z } from "zod";

/** Roles a person may choose when registering; admin is granted by the seed or the CLI only. */
export const SELF_SERVICE_ROLES = ["resident", "clinician", "educator"] as const;

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
  role: z.enum(SELF_SERVICE_ROLES, { message: "Choose resident, clinician or educator." }),
});
export type RegisterInput = z.infer<typeof registerInput>;

export const signInInput = z.object({
  email,
  password: z.string().min(1, "Enter your password.").max(200),
});

/** Only same-site paths, so a crafted link cannot bounce a fresh sign-in to another site. */
export function safeReturnPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
