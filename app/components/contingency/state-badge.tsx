import { words } from "@/app/components/manage/options";
import type { ContingencyState } from "@/lib/domain/contingency/vocabulary";

// Red until someone has it, amber while it is worked, green once resolved.
const TONE: Record<ContingencyState, string> = {
  open: "bad",
  acknowledged: "warn",
  option_chosen: "warn",
  executing: "warn",
  resolved: "ok",
  abandoned: "",
};

export function ContingencyStateBadge({ state }: { state: ContingencyState }) {
  return (
    <span className={`badge ${TONE[state]}`} data-testid="contingency-state">
      {words(state)}
    </span>
  );
}
