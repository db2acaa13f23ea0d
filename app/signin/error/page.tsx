import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in failed" };

const MESSAGES: Record<string, string> = {
  Verification: "This sign-in link has expired or has already been used. Links work once, for 10 minutes.",
  AccessDenied: "This account cannot sign in. Ask a coordinator to check your registration.",
};

export default async function SignInErrorPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { error } = await searchParams;
  return (
    <main className="narrow">
      <h1>Sign-in failed</h1>
      <p className="notice bad" role="alert">
        {MESSAGES[error ?? ""] ?? "The sign-in could not be completed."}
      </p>
      <p>
        <Link href="/signin">Ask for a new link</Link>
      </p>
    </main>
  );
}
