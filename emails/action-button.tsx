import { Button } from "@react-email/components";

/** The one call to action of a message, in the app's colours. */
export function ActionButton({ href, label }: { href: string; label: string }) {
  return (
    <Button
      href={href}
      style={{ backgroundColor: "#1f3a5f", color: "#ffffff", padding: "10px 16px", borderRadius: "6px" }}
    >
      {label}
    </Button>
  );
}
