import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  // PGlite and pg-boss load files and native-like assets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pg-boss"],
  poweredByHeader: false,
  // `npm start` builds without the type check to serve sooner on a fresh machine; `npm test` type-checks
  // the whole project as a layer of its own, so nothing goes unchecked.
  typescript: { ignoreBuildErrors: process.env.SKIP_BUILD_TYPECHECK === "1" },
  experimental: {
    authInterrupts: true,
    // Contingency evidence: up to 10 MiB of files per step form, plus the multipart framing. The proxy
    // (proxy.ts) buffers request bodies too, and truncates past its own limit (10 MiB by default).
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
