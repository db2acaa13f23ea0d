import { approvalText, dueText, escalationLines, evidenceText } from "@/lib/domain/contingency/ladder-words";
import type { PlaybookDefinition, PlaybookOption } from "@/lib/domain/contingency/playbook";
import { words } from "@/lib/domain/words";
import { Ladder } from "./ladder";
import styles from "./playbook.module.css";

/** Who hears of a workflow nobody has acknowledged, level by level. */
export function EscalationLadder({ definition }: { definition: PlaybookDefinition }) {
  return (
    <>
      <p>
        While nobody acknowledges an open workflow, the next level hears every {definition.escalationHours} h:
      </p>
      <ol data-testid="escalation-levels">
        {escalationLines(definition.escalationHours, definition.escalationLevels).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
    </>
  );
}

/** An option's steps as the playbook describes them: owner, when due, approval and evidence. */
export function PlannedSteps({ option }: { option: PlaybookOption }) {
  return (
    <ol className={styles.steps}>
      {option.steps.map((step) => (
        <li key={step.key} data-testid="playbook-step">
          <strong>{step.title}</strong>
          <dl className={styles.facts}>
            <dt>Owner</dt>
            <dd>{words(step.ownerRole)}</dd>
            <dt>Due</dt>
            <dd>{dueText(step.due)}</dd>
            <dt>Approval</dt>
            <dd>{approvalText(step.approval)}</dd>
            <dt>Evidence</dt>
            <dd>{evidenceText(step.evidence, step.evidenceHint)}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

/** A playbook's options in the order they are tried, each with its approval quorum and its steps. */
export function PlaybookLadder({ definition }: { definition: PlaybookDefinition }) {
  return (
    <Ladder
      options={definition.options}
      testId="playbook-options"
      renderOption={(option) => <PlannedSteps option={option} />}
    />
  );
}
