import { Text } from "@react-email/components";
import { ActionButton } from "./action-button";

export interface CeremonySummaryProps {
  label: string;
  facility: string;
  /** Start as the facility's clock shows it, e.g. "Thu 23 Apr 2020, 13:00 EDT". */
  facilityTime: string;
  /** The same instant on the recipient's clock. */
  localTime: string;
  standbyDate: string | null;
  url: string;
}

/** The facts every ceremony message repeats, in both time zones, with the link to act on it. */
export function CeremonySummary(props: CeremonySummaryProps & { action: string }) {
  return (
    <>
      <Text style={{ backgroundColor: "#f4f5f7", padding: "12px", borderRadius: "6px" }}>
        <strong>{props.label}</strong> at {props.facility}
        <br />
        Facility time: {props.facilityTime}
        <br />
        Your time: {props.localTime}
        {props.standbyDate ? (
          <>
            <br />
            Standby date: {props.standbyDate}
          </>
        ) : null}
      </Text>
      <ActionButton href={props.url} label={props.action} />
    </>
  );
}

export const SUMMARY_PREVIEW: CeremonySummaryProps = {
  label: "KC41",
  facility: "Key Management Facility East, Culpeper",
  facilityTime: "Thu 23 Apr 2020, 13:00 EDT",
  localTime: "Thu 23 Apr 2020, 19:00 GMT+2",
  standbyDate: "2020-04-24",
  url: "http://localhost:3000/me/ceremonies/00000000-0000-0000-0000-000000000000",
};
