import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that `next build` needs no secret or database.
async function handler(request: Request, context: RouteContext) {
  return NextAuth(request as never, context as never, authOptions());
}

/**
 * next-auth's POSTs (sign-in, sign-out, a hospital's form_post callback) are forms; anything else
 * (a JSON body, say) is answered here with a typed 415 rather than passed to a parser expecting a form.
 */
async function post(request: Request, context: RouteContext) {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    return Response.json(
      { ok: false, code: "invalid_input", message: "Send this as a form (application/x-www-form-urlencoded), as the sign-in page does." },
      { status: 415 },
    );
  }
  return handler(request, context);
}

export { handler as GET, post as POST };
