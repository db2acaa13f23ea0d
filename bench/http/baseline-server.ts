import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import postgres from "postgres";

/**
 * The floor to compare against: a bare node:http server on postgres.js doing one comparable query per
 * request (read a ceremony with its facility; update one answer), no framework, no auth, no rendering.
 */
export async function startBaseline(url: string) {
  const sql = postgres(url, { max: 10, onnotice: () => {} });
  const server: Server = createServer(async (req, res) => {
    try {
      const [, kind, id] = (req.url ?? "").split("/");
      if (req.method === "GET" && kind === "ceremony") {
        const rows =
          await sql`select c.id, c.label, c.starts_at, f.name from ceremonies c join facilities f on f.id = c.facility_id where c.id = ${id as string}`;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(rows[0] ?? null));
        return;
      }
      if (req.method === "POST" && kind === "response") {
        let body = "";
        for await (const chunk of req) body += chunk;
        const { response } = JSON.parse(body) as { response: string };
        const rows =
          await sql`update invitations set response = ${response}, version = version + 1 where id = ${id as string} returning version`;
        res.setHeader("content-type", "application/json");
        res.end(JSON.stringify(rows[0] ?? null));
        return;
      }
      res.statusCode = 404;
      res.end();
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sql.end({ timeout: 5 });
    },
  };
}
