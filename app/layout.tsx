import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Ceremony Desk", template: "%s · Ceremony Desk" },
  description: "Plan and protect key signing ceremonies.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page renders per request, so each carries its own Content-Security-Policy nonce (proxy.ts):
// a page prerendered at build time would have scripts the policy blocks.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return (
    <html lang="en" className={GeistSans.className}>
      <body>{children}</body>
    </html>
  );
}
