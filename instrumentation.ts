// Runs once when a server instance starts: opens the database (applying migrations) and starts the job
// workers, so mail queued by any instance is delivered even before anyone visits a page.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startAppWorkers } = await import("./lib/jobs/start-app");
  await startAppWorkers();
}
