/** A programme records at most this many outcome measures of its own (issue 16: "one or two"). */
export const OUTCOME_MEASURES_MAX = 2;

/** The largest size of an outcome value, either side of zero (a count, a %, minutes, pounds). */
export const OUTCOME_VALUE_MAX = 1e9;

/** Longest unit ("%", "minutes", "patients a week"). */
export const OUTCOME_UNIT_MAX = 30;
