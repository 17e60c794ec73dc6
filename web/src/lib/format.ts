const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2011-07-05" → "5 Jul 2011"; dates stay calendar dates, never shifted by a time zone. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

export function formatShare(share: number | null | undefined): string {
  return share == null ? '—' : `${Math.round(share * 100)} %`;
}
