import type { IxpMember } from '../../data/schema';
import type { Messages } from '../i18n/useMessages';

/** What a membership's row adds: the year it joined, and whether it is only inferred (not yet checked against a member list). */
export function memberDetail(before: string, member: IxpMember, m: Messages): string {
  const since = member.since !== undefined ? [m.details.memberSince(String(member.since))] : [];
  const confidence = member.confidence ? [m.details.confidence[member.confidence]] : [];
  return [before, ...since, ...confidence].join(' · ');
}
