// `npm run build`: the production build, Next.js and then the app's server (scripts/lib/app-server.ts).
import { exitOnError } from "./lib/app-env";
import { buildApp } from "./lib/app-server";

await buildApp(process.env).catch(exitOnError);
