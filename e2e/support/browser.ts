// The one place that decides which Chromium runs the e2e tests: CHROMIUM_PATH, then Debian's
// /usr/bin/chromium (offline machines, CI), then Playwright's own download if installed.
import { existsSync } from "node:fs";

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
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
