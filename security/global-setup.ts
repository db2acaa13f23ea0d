import { startResendStandIn } from "../lib/testing/resend-stand-in";
import { dropDatabase, freshDatabase, prepareAsOwner, type RunningApp, startApp } from "./servers";

// Ports of the three servers; the specs read the rest from SECURITY_* variables set here.
const PORTS = { local: 3811, exposed: 3812, proxied: 3813 };

/**
 * local: `npm start` as a newcomer runs it (embedded database, no mail provider, loopback only).
 * exposed: HOSTNAME=0.0.0.0 on PostgreSQL as the app role of the two-role setup, mailing through a
 *   provider stand-in that never answers for addresses starting "hang".
 * proxied: PostgreSQL behind one trusted proxy hop (TRUSTED_PROXIES=1).
 */
export default async function globalSetup() {
  const provider = await startResendStandIn({ hangFor: (to) => to.startsWith("hang") });
  const exposedDb = await freshDatabase("cd_sec_exposed");
  const proxiedDb = await freshDatabase("cd_sec_proxied");
  const appRole = `${exposedDb.name}_app`;
  prepareAsOwner(exposedDb.url(), appRole);
  prepareAsOwner(proxiedDb.url());
  const common = { SIGNIN_LIMIT_PER_ADDRESS: "1000", SEED_DEMO: "1" };
  const apps: RunningApp[] = [];
  try {
    apps.push(
      await startApp(PORTS.local, {
        ...common,
        PGLITE_DIR: ".data/security-pglite",
        FRESH_DATA: "1",
        DATABASE_URL: "",
      }),
      await startApp(PORTS.exposed, {
        ...common,
        HOSTNAME: "0.0.0.0",
        DATABASE_URL: exposedDb.url(appRole),
        RESEND_API_KEY: "re_security_suite",
        RESEND_BASE_URL: provider.url,
        MAIL_PROVIDER_TIMEOUT_MS: "1500",
        SIGNIN_LIMIT_PER_IP: "1000",
      }),
      await startApp(PORTS.proxied, { ...common, DATABASE_URL: proxiedDb.url(), TRUSTED_PROXIES: "1" }),
    );
  } catch (error) {
    for (const app of apps) await app.stop();
    throw error;
  }
  Object.assign(process.env, {
    SECURITY_LOCAL: `http://localhost:${PORTS.local}`,
    SECURITY_LOCAL_PORT: String(PORTS.local),
    SECURITY_LOCAL_PID: String(apps[0]?.serverPid),
    SECURITY_EXPOSED: `http://localhost:${PORTS.exposed}`,
    SECURITY_EXPOSED_PORT: String(PORTS.exposed),
    SECURITY_EXPOSED_DB: exposedDb.url(),
    SECURITY_EXPOSED_APP_DB: exposedDb.url(appRole),
    SECURITY_EXPOSED_PID: String(apps[1]?.serverPid),
    SECURITY_PROXIED: `http://localhost:${PORTS.proxied}`,
    SECURITY_PROXIED_DB: proxiedDb.url(),
    SECURITY_PROVIDER: provider.url,
  });
  return async () => {
    for (const app of apps) await app.stop();
    await provider.close();
    await dropDatabase(exposedDb.name, [appRole]);
    await dropDatabase(proxiedDb.name);
  };
}
