/**
 * The calm states of a slide on the wall: reading, nothing to show (an empty day says so in
 * words), and a count of malformed records that were skipped. Never an error or a stack.
 */
import type { RowProblem } from '#renderer/db/validRows';
import { useI18n } from '#renderer/i18n/I18nContext';

export function SlideLoading() {
  const { t } = useI18n();
  return (
    <div className="briefing-status" data-testid="briefing-loading">
      {t('briefing.loading')}
    </div>
  );
}

export function SlideEmpty({ text }: { text: string }) {
  return (
    <div className="briefing-status" data-testid="briefing-empty">
      {text}
    </div>
  );
}

export function SlideProblems({ problems }: { problems: readonly RowProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="briefing-problems" data-testid="briefing-problems" data-count={problems.length}>
      {t('briefing.problems', { n: problems.length })}
    </div>
  );
}
