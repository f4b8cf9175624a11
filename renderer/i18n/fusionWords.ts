/**
 * Literal key tables of the fusion findings (common/domain/passFusion.ts): a finding's kind,
 * its detail line and its follow-up incident's description, each looked up by kind.
 */
import type { FusionKind } from '#common/domain/passFusion';
import type { MessageKey } from './zh';

export const fusionKindKey = {
  'suspected-unregistered': 'fusion.kind.suspected-unregistered',
  unswept: 'fusion.kind.unswept',
  'address-irregular': 'fusion.kind.address-irregular',
  'code-in-zone': 'fusion.kind.code-in-zone',
} as const satisfies Record<FusionKind, MessageKey>;

export const fusionDetailKey = {
  'suspected-unregistered': 'fusion.detail.suspected-unregistered',
  unswept: 'fusion.detail.unswept',
  'address-irregular': 'fusion.detail.address-irregular',
  'code-in-zone': 'fusion.detail.code-in-zone',
} as const satisfies Record<FusionKind, MessageKey>;

export const fusionFollowUpKey = {
  'suspected-unregistered': 'fusion.followUp.description.suspected-unregistered',
  unswept: 'fusion.followUp.description.unswept',
  'address-irregular': 'fusion.followUp.description.address-irregular',
  'code-in-zone': 'fusion.followUp.description.code-in-zone',
} as const satisfies Record<FusionKind, MessageKey>;
