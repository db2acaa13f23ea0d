import type { ReactNode } from "react";
import { words } from "@/app/components/manage/options";
import type { PlaybookOption } from "@/lib/domain/contingency/playbook";
import { duePhrase, EVIDENCE_LABEL, quorumPhrase } from "./phrases";

/**
 * The playbook's ladder as the workflow snapshotted it: every option in the order it is tried, the chosen
 * one highlighted. `renderOption` adds what belongs under each option (its steps, approvals, forms).
 */
export function ContingencyLadder({
  options,
  chosenKey,
  renderOption,
}: {
  options: readonly PlaybookOption[];
  chosenKey: string | null;
  renderOption: (option: PlaybookOption, chosen: boolean) => ReactNode;
}) {
  return (
    <ol className="contingency-ladder">
      {options.map((option, index) => {
        const chosen = option.key === chosenKey;
        const headingId = `option-${option.key}`;
        return (
          <li key={option.key}>
            <section
              className={`panel${chosen ? " option-chosen" : ""}`}
              aria-labelledby={headingId}
              data-testid={headingId}
              aria-current={chosen ? "step" : undefined}
            >
              <h3 id={headingId} style={{ marginTop: 0 }}>
                {index + 1}. {option.title} {chosen ? <span className="badge ok">chosen</span> : null}
              </h3>
              {option.description ? <p>{option.description}</p> : null}
              <p className="muted">{quorumPhrase(option.approval)}</p>
              {renderOption(option, chosen)}
            </section>
          </li>
        );
      })}
    </ol>
  );
}

/** An option's steps as the playbook describes them (before the option executes). */
export function PlannedSteps({ option }: { option: PlaybookOption }) {
  return (
    <ol className="contingency-steps">
      {option.steps.map((step) => (
        <li key={step.key}>
          <strong>{step.title}</strong>
          <div className="muted">
            {words(step.ownerRole)} · {duePhrase(step.due)}
            {step.approval ? ` · ${quorumPhrase(step.approval)}` : ""} · {EVIDENCE_LABEL[step.evidence]}
            {step.evidenceHint ? ` (${step.evidenceHint})` : ""}
          </div>
        </li>
      ))}
    </ol>
  );
}
