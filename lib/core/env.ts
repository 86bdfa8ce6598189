// The one place that reads process.env. Parsed lazily so that `next build` (which imports
// server modules) does not need a database URL.
import "server-only";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  /**
   * The live updates' LISTEN connection, straight to PostgreSQL: a pooler in transaction mode
   * (DATABASE_URL through PgBouncer) cannot keep a LISTEN between transactions. Default: DATABASE_URL.
   */
  DATABASE_LISTEN_URL: z.string().url({ message: "DATABASE_LISTEN_URL must be a postgresql:// URL" }).optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Log each SQL statement with its duration (development aid). */
  LOG_QUERIES: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((value) => value === "1" || value === "true"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Prepare statements once per connection (off for a pooler that cannot carry them). */
  DB_PREPARED_STATEMENTS: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((value) => value === "1" || value === "true"),
  /** Hospital single sign-on (OpenID Connect); shown on the sign-in page only when all three are set. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Minutes without activity before a session ends (a warning comes two minutes earlier). */
  /**
   * Proxies whose X-Forwarded-For is believed (comma-separated addresses or CIDR ranges). Unset:
   * the socket's address is the client's, whatever headers say (lib/http/client-address.ts).
   */
  TRUSTED_PROXIES: z.string().optional(),
  /** Extra origins allowed to post server actions (also read by next.config.js at build time). */
  SERVER_ACTIONS_ALLOWED_ORIGINS: z.string().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(3).max(24 * 60).default(30),
  /**
   * Image storage (decision 034): an S3-compatible object store when the endpoint, the bucket and
   * both keys are set; otherwise the local disk at IMAGES_DIR. Checked by lib/storage/config.ts.
   */
  S3_ENDPOINT: z.string().optional(),
  S3_BUCKET: z.string().optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  /** Folder for images on the local disk (git-ignored), relative to the working directory. */
  IMAGES_DIR: z.string().min(1).default(".data/images"),
  /** Temporary folder for upload chunks until the job has read them (default: the system's temp folder). */
  UPLOAD_TMP_DIR: z.string().min(1).optional(),
  /** Run the image jobs' worker in this app process (set 0 on instances that should only serve). */
  IMAGE_WORKER: z
    .enum(["0", "1", "true", "false"])
    .default("1")
    .transform((value) => value === "1" || value === "true"),
});

export type Env = z.infer<typeof schema>;

export function oidcConfig(): { issuer: string; clientId: string; clientSecret: string } | null {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } = env();
  return OIDC_ISSUER && OIDC_CLIENT_ID && OIDC_CLIENT_SECRET ? { issuer: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, clientSecret: OIDC_CLIENT_SECRET } : null;
}

/** Where the live updates' LISTEN connection goes (docs/deploy.md): DATABASE_LISTEN_URL, else DATABASE_URL. */
export function listenDatabaseUrl(): string {
  const { DATABASE_LISTEN_URL, DATABASE_URL } = env();
  return DATABASE_LISTEN_URL ?? DATABASE_URL;
}

/** The storage driver's configuration (lib/storage/config.ts validates the combination). */
export function storageEnv() {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, IMAGES_DIR } = env();
  return { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, IMAGES_DIR };
}

/**
 * The storage settings alone, for scripts that write images without the app's full configuration
 * (the demo seed): the same variables and defaults as env(), without requiring DATABASE_URL.
 */
export function storageSettings() {
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, IMAGES_DIR } = schema
    .pick({ S3_ENDPOINT: true, S3_BUCKET: true, S3_ACCESS_KEY_ID: true, S3_SECRET_ACCESS_KEY: true, S3_REGION: true, IMAGES_DIR: true })
    .parse(process.env);
  return { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, IMAGES_DIR };
}

let parsed: Env | undefined;

export function env(): Env {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      throw new Error(`Invalid configuration: ${problems}. See README, "Configuration".`);
    }
    parsed = result.data;
  }
  return parsed;
}
