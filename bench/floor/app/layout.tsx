import type { ReactNode } from "react";

// Next's floor for the HTTP benchmark: an app with nothing in it, built and started as the real one is.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
