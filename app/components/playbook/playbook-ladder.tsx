import type { PlaybookDefinition, PlaybookOption } from "@/lib/domain/contingency/playbook";
import { approvalText, dueText, escalationLines, evidenceText, roleText } from "./ladder-words";
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

function OptionSteps({ option }: { option: PlaybookOption }) {
  return (
    <ol className={styles.steps}>
      {option.steps.map((step) => (
        <li key={step.key} data-testid="playbook-step">
          <strong>{step.title}</strong>
          <dl className={styles.facts}>
            <dt>Owner</dt>
            <dd>{roleText(step.ownerRole)}</dd>
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

/** The options in the order they are tried, each with its approval quorum and its steps. */
export function PlaybookLadder({ definition }: { definition: PlaybookDefinition }) {
  return (
    <ol className={styles.options} data-testid="playbook-options">
      {definition.options.map((option, i) => (
        <li key={option.key} className={styles.option}>
          <h3 id={`option-${option.key}`} className={styles.optionTitle}>
            {`${i + 1}. ${option.title}`}
          </h3>
          {option.description ? <p>{option.description}</p> : null}
          <p className="muted">
            {option.approval
              ? `Approval before it starts: ${approvalText(option.approval)}.`
              : "No approval needed before it starts."}
          </p>
          <OptionSteps option={option} />
        </li>
      ))}
    </ol>
  );
}
