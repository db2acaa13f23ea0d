/** The public address of the app, for links in email and calendar entries. */
export function appUrl(path = "/"): string {
  const base = process.env.APP_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}
