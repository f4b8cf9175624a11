/** An audit entry's action in words (新建, 修改, 导出…); an action this version does not know shows as stored. */
import type { ValueContext } from './auditValue';
import { actionKey } from './auditVocabulary';

export function actionLabel(action: string, ctx: Pick<ValueContext, 't'>): string {
  const key = actionKey(action);
  return key ? ctx.t(key) : action;
}
