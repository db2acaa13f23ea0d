import type { Metadata } from "next";
import { ChainStatus } from "@/app/components/audit/chain-status";
import { CeremoniesSection } from "./ceremonies-section";
import { ContingenciesSection } from "./contingencies-section";
import { loadDashboardPage } from "./load";
import { MailSection } from "./mail-section";
import { MyAnswersSection } from "./my-answers-section";
import { RunwaySection } from "./runway-section";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const { zone, mine, coverage, ceremonies, contingencies, mailFailures, chain, mayPlan } =
    await loadDashboardPage();
  return (
    <main>
      <h1>Dashboard</h1>
      {mine ? <MyAnswersSection mine={mine} zone={zone} /> : null}
      {coverage ? <RunwaySection state={coverage} zone={zone} /> : null}
      {ceremonies ? <CeremoniesSection rows={ceremonies} zone={zone} mayPlan={mayPlan} /> : null}
      {contingencies ? <ContingenciesSection rows={contingencies} zone={zone} /> : null}
      {mailFailures ? <MailSection failures={mailFailures} zone={zone} /> : null}
      {chain ? (
        <ChainStatus
          report={chain.report}
          full={false}
          keyId={chain.keyId}
          publicKeyPem={chain.pem}
          timeZone={zone}
        />
      ) : null}
    </main>
  );
}
