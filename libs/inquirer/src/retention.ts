/** How long personal data is kept after a person's last contact, by default: twelve months. */
export const DefaultRetentionMonths = 12;

/**
 * The time before which a person's last contact must lie for their personal data to be deleted
 * now: `months` calendar months back (the 31st falls back to the month's last day).
 */
export function retentionCutoff(now: Date, months: number): Date {
  if (!Number.isInteger(months) || months < 1) throw new Error(`retention must be a whole number of months, at least 1 (got ${months})`);
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}
