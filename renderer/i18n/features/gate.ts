/**
 * Gate checks 卡口核验 of electronic passes at a checkpoint: results, directions, the check form
 * and the per-hour counts. Key prefix: gate. zh-CN first; en must have every key.
 * Spread into i18n/zh.ts and en.ts.
 */
export const gateZh = {
  'gate.direction.in': '进',
  'gate.direction.out': '出',
  'gate.result.valid': '有效',
  'gate.result.expired': '已过期',
  'gate.result.not-yet-valid': '尚未生效',
  'gate.result.revoked': '已注销',
  'gate.result.not-approved': '未通过审核',
  'gate.result.wrong-zone': '非本区域通行证',
  'gate.result.code-colour': '健康码颜色不允许通行',
  'gate.result.exit-at-in-only': '只进不出卡口：禁止外出',
  'gate.result.other-station': '非本所通行证',
  'gate.result.forged': '通行证签名无效（伪造或被篡改）',
  'gate.result.malformed': '无法识别的通行证码',
  'gate.result.unknown-pass': '本机无此通行证记录',
} as const;

export const gateEn: Record<keyof typeof gateZh, string> = {
  'gate.direction.in': 'In',
  'gate.direction.out': 'Out',
  'gate.result.valid': 'Valid',
  'gate.result.expired': 'Expired',
  'gate.result.not-yet-valid': 'Not yet valid',
  'gate.result.revoked': 'Revoked',
  'gate.result.not-approved': 'Not approved',
  'gate.result.wrong-zone': 'Pass for another zone',
  'gate.result.code-colour': 'Health-code colour not allowed through',
  'gate.result.exit-at-in-only': 'In-only checkpoint: exit refused',
  'gate.result.other-station': 'Pass from another station',
  'gate.result.forged': 'Pass signature invalid (forged or altered)',
  'gate.result.malformed': 'Unreadable pass code',
  'gate.result.unknown-pass': 'No such pass on this workstation',
};
