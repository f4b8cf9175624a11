/** An audit entry's action in words (新建, 修改, 导出…); an action this version does not know shows as stored. */
import type { ValueContext } from './auditValue';
import { isMessageKey } from './auditVocabulary';

export function actionLabel(action: string, ctx: Pick<ValueContext, 't'>): string {
  const key = `audit.action.${action}`;
  return isMessageKey(key) ? ctx.t(key) : action;
}
