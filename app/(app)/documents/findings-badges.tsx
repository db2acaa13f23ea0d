/** Error and warning counts as badges; a clean document says so rather than showing nothing. */
export function FindingsBadges({ errorCount, warningCount }: { errorCount: number; warningCount: number }) {
  if (errorCount === 0 && warningCount === 0) return <span className="badge ok">No findings</span>;
  return (
    <>
      {errorCount > 0 ? (
        <span className="badge bad">
          {errorCount} {errorCount === 1 ? "error" : "errors"}
        </span>
      ) : null}{" "}
      {warningCount > 0 ? (
        <span className="badge warn">
          {warningCount} {warningCount === 1 ? "warning" : "warnings"}
        </span>
      ) : null}
    </>
  );
}
