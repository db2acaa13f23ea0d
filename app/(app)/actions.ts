"use server";

import { signOut } from "@/lib/auth/index";

export async function signOutAction() {
  await signOut({ redirectTo: "/signin?signedOut=1" });
}
