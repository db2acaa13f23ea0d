import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <main className="narrow">
      <h1>Check your email</h1>
      <div className="panel">
        <p>
          If that address belongs to someone registered with Ceremony Desk, a sign-in link is on its way. It
          works once and expires in 10 minutes.
        </p>
        <p className="muted">
          Nothing arrived? Check spam, or <Link href="/signin">ask for a new link</Link>.
        </p>
      </div>
    </main>
  );
}
