import type { ReactNode } from "react";
import { optionApprovalText } from "@/lib/domain/contingency/ladder-words";
import type { PlaybookOption } from "@/lib/domain/contingency/playbook";

/**
 * A playbook's ladder: every option in the order it is tried, the chosen one (in a workflow) highlighted.
 * `renderOption` adds what belongs under each option: its planned steps, or a workflow's approvals and forms.
 */
export function Ladder({
  options,
  chosenKey = null,
  renderOption,
  testId,
}: {
  options: readonly PlaybookOption[];
  chosenKey?: string | null;
  renderOption: (option: PlaybookOption, chosen: boolean) => ReactNode;
  testId?: string;
}) {
  return (
    <ol className="ladder" data-testid={testId}>
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
              <p className="muted">{optionApprovalText(option.approval)}</p>
              {renderOption(option, chosen)}
            </section>
          </li>
        );
      })}
    </ol>
  );
}
