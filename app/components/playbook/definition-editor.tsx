"use client";

import { useRef } from "react";
import { Field } from "@/app/components/form/field";
import { useConflictValues, useFieldError, useFormId } from "@/app/components/manage/form-context";
import styles from "./playbook.module.css";

/**
 * The playbook definition as JSON in a large monospace box. What was typed stays after a refusal; after a
 * conflict the saved definition can be loaded in its place to start over from it.
 */
export function DefinitionEditor({ defaultValue }: { defaultValue: string }) {
  const formId = useFormId();
  const error = useFieldError("definition");
  const current = useConflictValues()?.definition;
  const box = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <Field
        name={`${formId}-definition`}
        label="Definition (JSON)"
        hint="assurance, escalationHours, escalationLevels and the options in the order they are tried. A mistake is reported with its path, e.g. options.0.steps.1.ownerRole."
        error={error}
      >
        {(props) => (
          <textarea
            {...props}
            ref={box}
            name="definition"
            rows={28}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            className={styles.editor}
            defaultValue={defaultValue}
          />
        )}
      </Field>
      {typeof current === "string" ? (
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              if (box.current) box.current.value = current;
            }}
          >
            Replace my text with the saved definition
          </button>
        </p>
      ) : null}
    </>
  );
}
