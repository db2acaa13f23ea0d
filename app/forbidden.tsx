import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="narrow">
      <h1>Not allowed</h1>
      <p>Your role does not give access to this page or action. The attempt has been recorded.</p>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </main>
  );
}
