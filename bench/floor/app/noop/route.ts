// A route handler that does nothing, run for every request: Next's floor for the app's JSON routes.
export const dynamic = "force-dynamic";

export function GET() {
  return new Response("ok");
}
