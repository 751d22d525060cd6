/** A day written YYYY-MM-DD: an incident's date, the dataset's date, a replay's network. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
