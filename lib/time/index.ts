// The one date module (house rule 5): every date computation in the app goes through these functions.
export * from "./civil-date";
export * from "./civil-month";
export * from "./clock";
export * from "./duration";
export * from "./instant";
export * from "./utc-timestamp";
export * from "./zoned";
