import type { Metadata } from "next";
import { DataTable, Panel } from "@/app/components/manage/layout-blocks";
import { appUrl } from "@/lib/http/app-url";
import { formatUtc } from "@/lib/time/format";
import { loadApiTokensPage } from "./load";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const { tokens } = await loadApiTokensPage();
  return (
    <main style={{ maxWidth: "48rem" }}>
      <h1>API tokens</h1>
      <p className="muted">
        A personal token lets a script read <code>/api/coverage</code> (JSON) and a Prometheus server read{" "}
        <code>/metrics</code>, as you: it stops working when you revoke it or lose access.
      </p>
      <Panel id="new-token-heading" title="New token">
        <CreateTokenForm origin={appUrl("/").replace(/\/$/, "")} />
      </Panel>
      <Panel id="tokens-heading" title="Your tokens">
        {tokens.length === 0 ? (
          <p className="empty">None yet.</p>
        ) : (
          <DataTable label="API tokens" headers={["Name", "Created", "Last used", "Status"]}>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>{t.name}</td>
                <td>{formatUtc(t.createdAt)}</td>
                <td>{t.lastUsedAt ? formatUtc(t.lastUsedAt) : "Never"}</td>
                <td>
                  {t.revokedAt ? (
                    `Revoked ${formatUtc(t.revokedAt)}`
                  ) : (
                    <RevokeTokenButton id={t.id} name={t.name} />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Panel>
    </main>
  );
}
