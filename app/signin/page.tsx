import type { Metadata } from "next";
import { safeReturnPath } from "@/lib/http/safe-return";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const params = await searchParams;
  return (
    <main className="narrow">
      <h1>Sign in to Ceremony Desk</h1>
      {params.signedOut ? <p className="notice ok">You are signed out.</p> : null}
      <div className="panel">
        <p className="muted">
          Enter the address your coordinator registered. We email you a link that works once, for 10 minutes.
        </p>
        <SignInForm callbackUrl={safeReturnPath(params.callbackUrl)} />
      </div>
    </main>
  );
}
