// The deployment test's system services: Debian's nginx (reverse proxy, load balancing two app
// instances) and pgbouncer (transaction pooling), each run as an unprivileged child process with
// its configuration written to a temporary folder. docs/deploy.md shows the same configuration.
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, chownSync, constants, readFileSync, readdirSync } from "node:fs";
import { userInfo } from "node:os";
import path from "node:path";

/** Where Debian puts the two binaries; a non-root PATH often lacks the sbin folders. */
const SEARCH = [...(process.env.PATH ?? "").split(":").filter(Boolean), "/usr/sbin", "/usr/local/sbin", "/sbin"];

export function findBinary(name: string): string | null {
  for (const dir of SEARCH) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

/** Root runs the services as "nobody": pgbouncer refuses root, and nothing here needs it. */
function unprivileged(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync("/etc/passwd", "utf8").split("\n").find((entry) => entry.startsWith("nobody:"));
  if (!line) throw new Error('test:deploy runs as root and found no "nobody" user to run nginx and pgbouncer as');
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Hands the folder (and what is in it) to the user the services run as. */
export function shareWithServices(dir: string): void {
  const user = unprivileged();
  if (!user) return;
  chownSync(dir, user.uid, user.gid);
  for (const entry of readdirSync(dir)) chownSync(path.join(dir, entry), user.uid, user.gid);
}

/** Starts a service in the foreground; `output()` is the end of what it printed (for a failed start). */
export function startService(binary: string, args: string[]): { child: ChildProcess; output: () => string } {
  const user = unprivileged();
  const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], ...(user ?? {}) });
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  return { child, output: () => output };
}

/** Stops a child with `signal` and waits for it (SIGKILL after `graceMs`); returns its exit code. */
export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM", graceMs = 12_000): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

export interface NginxConfig {
  dir: string;
  port: number;
  upstreams: number[];
}

/**
 * nginx in front of the app instances. Live streams (`/api/<area>/<id>/events`) are passed on
 * unbuffered and may stay open for hours; everything else is balanced round robin over kept-alive
 * connections. A request whose instance refuses the connection (stopping, restarting) goes to the
 * next one. `X-Upstream` says which instance answered (for the test; harmless in production).
 */
export function nginxConfig({ dir, port, upstreams }: NginxConfig): string {
  const servers = upstreams.map((upstream) => `    server 127.0.0.1:${upstream} max_fails=1 fail_timeout=2s;`).join("\n");
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/nginx-access.log;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream rounds {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    # The case import reads archives of up to 600 MB itself (lib/archive/format.ts).
    client_max_body_size 600m;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_set_header X-Forwarded-Host $http_host;
    proxy_next_upstream error timeout http_502;
    add_header X-Upstream $upstream_addr always;
    location ~ ^/api/[a-z-]+/[^/]+/events$ {
      proxy_pass http://rounds;
      proxy_buffering off;
      proxy_cache off;
      proxy_read_timeout 1h;
    }
    location / {
      proxy_pass http://rounds;
    }
  }
}
`;
}

export interface PgBouncerConfig {
  dir: string;
  port: number;
  /** The PostgreSQL server the pool connects to. */
  serverUrl: string;
}

/**
 * PgBouncer in transaction mode: a server connection is lent to a client for one transaction, so
 * nothing that outlives a transaction (a prepared statement, a LISTEN, a session setting) may be
 * used through it; DB_PREPARED_STATEMENTS=0 and DATABASE_LISTEN_URL take care of the app's.
 */
export function pgbouncerConfig({ dir, port, serverUrl }: PgBouncerConfig): { ini: string; userlist: string } {
  const url = new URL(serverUrl);
  // A URL without a user connects as node-postgres's default user: PGUSER, else the system user.
  const user = decodeURIComponent(url.username) || process.env.PGUSER || userInfo().username;
  const password = decodeURIComponent(url.password);
  const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const ini = `[databases]
* = host=${url.hostname} port=${url.port || 5432}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
pool_mode = transaction
auth_type = ${password ? "scram-sha-256" : "trust"}
auth_file = ${dir}/userlist.txt
admin_users = ${user}
default_pool_size = 20
max_client_conn = 500
ignore_startup_parameters = extra_float_digits
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
`;
  return { ini, userlist: `${quoted(user)} ${quoted(password)}\n` };
}
