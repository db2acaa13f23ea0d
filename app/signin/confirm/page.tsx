import type { Metadata } from "next";
import Link from "next/link";
import { EMAIL_PROVIDER_ID } from "@/lib/auth/email-provider";

export const metadata: Metadata = { title: "Confirm sign-in", robots: { index: false } };

// Opening the link only shows this page; pressing the button (a POST) redeems it. Mail scanners that
// follow links with GET therefore cannot use the link up.
export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <main className="narrow">
        <h1>This link is incomplete</h1>
        <p>
          Copy the whole address from the email, or <Link href="/signin">ask for a new link</Link>.
        </p>
      </main>
    );
  }
  const target = new URLSearchParams({ token, email, ...(callbackUrl ? { callbackUrl } : {}) });
  return (
    <main className="narrow">
      <h1>Confirm sign-in</h1>
      <div className="panel">
        <p>
          Sign in as <strong>{email}</strong>?
        </p>
        <form method="post" action={`/api/auth/callback/${EMAIL_PROVIDER_ID}?${target.toString()}`}>
          <button type="submit">Sign in</button>
        </form>
      </div>
    </main>
  );
}
