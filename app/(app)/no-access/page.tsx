import type { Metadata } from "next";

export const metadata: Metadata = { title: "No access" };

export default function NoAccessPage() {
  return (
    <main className="narrow">
      <h1>No pages for your role yet</h1>
      <p>You are signed in, but your role has nothing to see here. Ask a coordinator if this looks wrong.</p>
    </main>
  );
}
