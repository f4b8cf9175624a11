/**
 * The review queue's message keys by code (warnings, decision problems), written out literally
 * so the type checker sees every key; `satisfies` makes a new code fail to compile until it has
 * words. The pass vocabularies shared with other screens are in i18n/domainWords.ts.
 */
import type { PassWarning } from '#common/domain/passEvidence';
import type { MessageKey } from '#renderer/i18n/zh';
import type { DecisionProblem } from './reviewDecision';

export const passWarningKey = {
  'code-zone': 'epass.warning.code-zone',
  address: 'epass.warning.address',
  flags: 'epass.warning.flags',
  'household-full': 'epass.warning.household-full',
  'id-elsewhere': 'epass.warning.id-elsewhere',
} as const satisfies Record<PassWarning, MessageKey>;

export const decisionProblemKey = {
  'not-pending': 'epass.problem.not-pending',
  'not-approved': 'epass.problem.not-approved',
  'note-required': 'epass.problem.note-required',
  'note-too-long': 'epass.problem.note-too-long',
  'code-zone': 'epass.problem.code-zone',
  days: 'epass.problem.days',
} as const satisfies Record<DecisionProblem, MessageKey>;

export const addressEvidenceKey = {
  matched: 'epass.evidence.address.matched',
  missing: 'epass.evidence.address.missing',
  unknown: 'epass.evidence.address.unknown',
  malformed: 'epass.evidence.address.malformed',
} as const satisfies Record<string, MessageKey>;
