// next-auth's client (about 10 KB gzipped) loaded only when someone signs out: the header's
// button and the idle guard are on every signed-in page, and signing out is rare.
export async function signOutLazily(callbackUrl: string): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl });
}
