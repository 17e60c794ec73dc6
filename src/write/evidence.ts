/**
 * The checks of what a write refers to. Evidence: the check every fact's evidence passes before a write: at least one statement, each existing and
 * not retracted. (recordPosition checks more: that each is about the issue and said in time.)
 */
import { type Writer } from '../db';
import { BadUserInputError, NotFoundError } from '../errors';
import { findIssuesByKeysTx } from '../repositories/issue.repository';
import { checkEvidence, type EvidenceStatus } from '../repositories/statement.repository';

/** The cited statements, deduplicated, in the order given; callers that need more than ids use the rows. */
export async function requireEvidenceRows(
  tx: Writer,
  keys: readonly string[],
  field: string,
): Promise<EvidenceStatus[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) {
    throw new BadUserInputError(`${field}: name at least one statement that shows this fact.`, field);
  }
  const found = new Map((await checkEvidence(tx, unique)).map((row) => [row.key, row]));
  for (const key of unique) {
    const statement = found.get(key);
    if (statement === undefined) throw new NotFoundError('statement', key, field);
    if (statement.retracted) throw new BadUserInputError(`${field}: statement ${key} was retracted.`, field);
  }
  return unique.map((key) => found.get(key)).filter((row): row is EvidenceStatus => row !== undefined);
}

/** The ids of the cited statements, checked as requireEvidenceRows checks them. */
export async function requireEvidence(tx: Writer, keys: readonly string[], field: string): Promise<string[]> {
  return (await requireEvidenceRows(tx, keys, field)).map((row) => row.key);
}

/** The ids of issue slugs in one dispute; NOT_FOUND names the first unknown one. */
export async function requireIssues(
  tx: Writer,
  dispute: string,
  slugs: readonly string[],
  field: string,
): Promise<string[]> {
  const keys = [...new Set(slugs)].map((slug) => `${dispute}/${slug}`);
  const found = new Set(await findIssuesByKeysTx(tx, keys));
  const missing = keys.find((key) => !found.has(key));
  if (missing !== undefined) throw new NotFoundError('issue', missing, field);
  return keys;
}
