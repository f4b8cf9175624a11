/**
 * 通行证审核 — the review queue, keyboard first: pending registrations oldest first (one window
 * of QUEUE_WINDOW at a time), the current one with its fusion evidence beside it, and
 *   A approve · R reject (reason by digit, Enter) · N / ↓ next · ↑ previous · B batch approve ·
 *   PgDn / PgUp the next or previous window
 * with no mouse needed; each result is announced in a live region for screen readers.
 *
 * A decision takes the registration out of the list at once and shows the next (queueCursor.ts)
 * while the write — row, outbox and audit in one transaction, then synced — goes on; a refused
 * write puts it back and says why. Approval is refused here when the health code may not hold
 * a pass in the grid's zone (the centre refuses it again). `epass:review:next` measures approve
 * → the next registration on screen (the bench's figure).
 */
import { Alert, Button, Empty, Modal, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { approvalBlock, batchApprovable, warningsOf } from '#common/domain/passEvidence';
import { DEFAULT_PASS_DAYS } from '#common/domain/passRules';
import { mayWrite } from '#common/domain/rolePolicy';
import type { PassReason, PassRegistration } from '#common/schemas';
import { useDb } from '#renderer/shared/DbContext';
import { writeErrorMessage } from '#renderer/shared/roleMessage';
import { useSession } from '#renderer/shared/session';
import { useI18n } from '#renderer/i18n/I18nContext';
import { levelKey, passReasonKey } from '#renderer/i18n/domainWords';
import { claimLabel } from './claimLabel';
import { EvidenceList } from './EvidenceList';
import type { RegistrationEvidence } from './evidenceQuery';
import { approveBatch, decide } from './passMutations';
import { QUEUE_WINDOW } from './passQueries';
import { decisionProblemKey } from './passWords';
import {
  afterDecision,
  currentRow,
  settledAndGone,
  visibleRows,
  withInFlightApprovals,
  type InFlight,
} from './queueCursor';
import { QueueRow } from './QueueRow';
import { ReasonPicker } from './ReasonPicker';
import { RegistrationCard } from './RegistrationCard';
import type { Decision } from './reviewDecision';
import { usePendingCount, useQueueWindow } from './usePasses';

export const APPROVE_MARK = 'epass:approve';
export const REVIEW_NEXT_MEASURE = 'epass:review:next';

const withEntry = (m: ReadonlyMap<string, InFlight>, id: string, f: InFlight) => new Map(m).set(id, f);
const without = (m: ReadonlyMap<string, InFlight>, ids: readonly string[]) => {
  const next = new Map(m);
  for (const id of ids) next.delete(id);
  return next;
};

/** Keys typed into a field, the reason picker or a dialog are theirs, not the queue's. */
const ownedByControl = (target: EventTarget) =>
  target instanceof HTMLElement && target.closest('input, textarea, [role="listbox"], .ant-modal') !== null;

export function ReviewQueue() {
  const { t } = useI18n();
  const db = useDb();
  const session = useSession();
  const canReview = mayWrite(session.role, 'passRegistrations', { status: 'approved' });
  const [offset, setOffset] = useState(0);
  const queue = useQueueWindow(offset);
  const pending = usePendingCount();
  const [inFlight, setInFlight] = useState<ReadonlyMap<string, InFlight>>(new Map());
  /** The row under the cursor, and its place: the place holds when the row leaves the window. */
  const [cursor, setCursor] = useState<{ id: string | null; index: number }>({ id: null, index: 0 });
  const [picker, setPicker] = useState(false);
  const [batchOpen, setBatchOpen] = useState(false);
  const [batching, setBatching] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const measureFrom = useRef<number | null>(null);

  const rows = useMemo(() => queue?.rows ?? [], [queue]);
  const visible = useMemo(() => visibleRows(rows, inFlight), [rows, inFlight]);
  const current = currentRow(visible, cursor.id, cursor.index);
  const currentIndex = current ? visible.indexOf(current) : -1;
  // Stable, so the memoised rows keep their props (a row left by the window falls back to the top).
  const pick = useCallback((id: string) => {
    setCursor({ id, index: 0 });
    rootRef.current?.focus();
  }, []);
  const pointAt = (row: PassRegistration | null, within: readonly PassRegistration[] = visible) =>
    setCursor({ id: row?.id ?? null, index: row ? Math.max(0, within.indexOf(row)) : 0 });
  /** Decisions still being written (or not yet let go by the live window). */
  const busyCount = inFlight.size - settledAndGone(rows, inFlight).length;
  const evidenceOf = (r: PassRegistration): RegistrationEvidence | undefined =>
    withInFlightApprovals(queue?.evidence.get(r.id), rows, inFlight);
  const evidence = current ? evidenceOf(current) : undefined;
  const block = evidence ? approvalBlock(evidence) : null;
  const batchIds = useMemo(
    () =>
      batchApprovable(
        visible.flatMap((r) => {
          const e = withInFlightApprovals(queue?.evidence.get(r.id), rows, inFlight);
          return e ? [{ id: r.id, evidence: e }] : [];
        }),
      ),
    [visible, queue, rows, inFlight],
  );

  useEffect(() => rootRef.current?.focus(), []);
  // approve → the next registration on screen: measured at the frame that paints it.
  const currentId = current?.id ?? null;
  useEffect(() => {
    const from = measureFrom.current;
    if (from === null) return;
    measureFrom.current = null;
    requestAnimationFrame(() => performance.measure(REVIEW_NEXT_MEASURE, { start: from }));
  }, [currentId]);

  const nameOf = (r: PassRegistration) => r.maskedName;
  const nowShowing = (next: PassRegistration | null) =>
    next
      ? t('epass.announce.current', { name: nameOf(next), address: claimLabel(next.claimedAddress) })
      : t('epass.announce.done');

  const act = (reg: PassRegistration, decision: Exclude<Decision, { kind: 'revoke' }>) => {
    const ev = evidenceOf(reg);
    const blocked = ev ? approvalBlock(ev) !== null : false;
    const next = afterDecision(visible, reg);
    if (decision.kind === 'approve') measureFrom.current = performance.mark(APPROVE_MARK).startTime;
    // Entries whose write is in and whose row the window let go are forgotten here.
    setInFlight((m) =>
      withEntry(without(m, settledAndGone(rows, m)), reg.id, {
        approve: decision.kind === 'approve',
        householdId: reg.householdId,
        settled: false,
      }),
    );
    const after = visible.filter((r) => r.id !== reg.id);
    pointAt(next, after);
    const done =
      decision.kind === 'approve'
        ? t('epass.announce.approved', { name: nameOf(reg) })
        : t('epass.announce.rejected', { name: nameOf(reg), reason: t(passReasonKey[decision.reason]) });
    const then = nowShowing(next);
    const putBack = (message: string) => {
      setInFlight((m) => without(m, [reg.id]));
      setCursor({ id: reg.id, index: Math.max(0, visible.indexOf(reg)) });
      setAnnouncement(message);
    };
    decide(db, session, reg, decision, blocked).then(
      (result) => {
        if (!result.ok) return putBack(t(decisionProblemKey[result.problem]));
        setInFlight((m) => {
          const f = m.get(reg.id);
          return f ? withEntry(m, reg.id, { ...f, settled: true }) : m;
        });
        setAnnouncement(`${done}${then}`);
      },
      (error: unknown) => putBack(t('epass.announce.failed', { error: writeErrorMessage(t, error) })),
    );
  };

  const approve = () => {
    if (!current || !evidence || !canReview) return;
    if (block !== null) {
      setAnnouncement(
        t('epass.announce.blocked', { name: nameOf(current), level: t(levelKey[evidence.codeZone.level]) }),
      );
      return;
    }
    act(current, { kind: 'approve' });
  };
  const reject = (reason: PassReason, note: string) => {
    setPicker(false);
    rootRef.current?.focus();
    if (current) act(current, { kind: 'reject', reason, note });
  };
  const move = (step: 1 | -1) => {
    if (!current) return;
    const next = afterDecision(visible, current, step);
    if (!next || next.id === current.id) return;
    pointAt(next);
    setAnnouncement(nowShowing(next));
  };
  const page = (step: 1 | -1) => {
    const to = offset + step * QUEUE_WINDOW;
    if (to < 0 || (step === 1 && to >= (pending ?? 0))) return;
    setOffset(to);
    setCursor({ id: null, index: 0 });
  };
  const closeBatch = () => {
    setBatchOpen(false);
    rootRef.current?.focus();
  };
  const runBatch = async () => {
    const regs = visible.filter((r) => batchIds.includes(r.id));
    setBatching(true);
    setInFlight((m) => {
      const next = new Map(m);
      for (const r of regs) next.set(r.id, { approve: true, householdId: r.householdId, settled: false });
      return next;
    });
    const errors: unknown[] = [];
    const done = new Set(await approveBatch(db, session, regs, (error) => errors.push(error)));
    // Written ones stay hidden until the window lets them go; the rest come back.
    setInFlight((m) => {
      const next = new Map(m);
      for (const r of regs) {
        const f = next.get(r.id);
        if (done.has(r.id) && f) next.set(r.id, { ...f, settled: true });
        else next.delete(r.id);
      }
      return next;
    });
    const summary = t('epass.announce.batch', { n: done.size });
    setAnnouncement(
      errors.length === 0
        ? summary
        : `${summary}${t('epass.announce.failed', { error: writeErrorMessage(t, errors[0]) })}`,
    );
    setBatching(false);
    closeBatch();
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || ownedByControl(e.target)) return;
    if (picker || batchOpen) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const handled = () => e.preventDefault();
    if (key === 'a') {
      handled();
      approve();
    } else if (key === 'r') {
      handled();
      if (current && canReview) setPicker(true);
    } else if (key === 'n' || key === 'j' || key === 'ArrowDown') {
      handled();
      move(1);
    } else if (key === 'k' || key === 'ArrowUp') {
      handled();
      move(-1);
    } else if (key === 'b') {
      handled();
      if (canReview) setBatchOpen(true);
    } else if (key === 'PageDown') {
      handled();
      page(1);
    } else if (key === 'PageUp') {
      handled();
      page(-1);
    }
  };

  const total = pending ?? 0;
  return (
    <div
      ref={rootRef}
      className="review-queue"
      tabIndex={0}
      role="region"
      aria-label={t('nav.passes')}
      aria-keyshortcuts="A R N ArrowDown ArrowUp B PageDown PageUp"
      onKeyDown={onKeyDown}
      data-testid="review-queue"
      data-pending={pending ?? ''}
      data-current-id={current?.id ?? ''}
      data-in-flight={busyCount}
    >
      <div className="review-head">
        <b data-testid="pending-count" data-count={pending ?? ''}>
          {t('epass.review.pending', { n: total })}
        </b>
        {current ? (
          <span data-testid="review-position">
            {t('epass.review.position', { i: offset + currentIndex + 1, n: total })}
          </span>
        ) : null}
        <Button
          onClick={() => setBatchOpen(true)}
          disabled={!canReview || batchIds.length === 0}
          aria-keyshortcuts="B"
          data-testid="batch-open"
          data-count={batchIds.length}
        >
          <kbd>B</kbd> {t('epass.action.batch', { n: batchIds.length })}
        </Button>
        <span className="muted review-keys">{t('epass.review.keys')}</span>
      </div>
      {!canReview ? <Alert type="info" showIcon message={t('epass.review.readOnly')} /> : null}
      {queue && queue.problems > 0 ? (
        <Alert type="warning" showIcon message={t('epass.review.problems', { n: queue.problems })} />
      ) : null}
      {queue === undefined ? (
        <Spin />
      ) : visible.length === 0 ? (
        <>
          <Empty description={t('epass.review.empty')} data-testid="review-empty" />
          {offset > 0 ? (
            <Button size="small" onClick={() => page(-1)}>
              {t('epass.review.prevPage')}
            </Button>
          ) : null}
        </>
      ) : (
        <div className="review-body">
          <div className="queue-col">
            {/* focusable: a long queue scrolls, and a keyboard user must reach it (the keys still bubble to the queue) */}
            <ol
              className="queue-list"
              tabIndex={0}
              aria-label={t('epass.review.queueLabel')}
              data-testid="queue-list"
            >
              {visible.map((r) => {
                const e = evidenceOf(r);
                const warnings = e ? warningsOf(e) : [];
                return (
                  <QueueRow
                    key={r.id}
                    reg={r}
                    warnings={warnings}
                    warningKey={warnings.join(' ')}
                    current={r.id === current?.id}
                    onPick={pick}
                  />
                );
              })}
            </ol>
            <div className="queue-pager">
              <Button size="small" disabled={offset === 0} onClick={() => page(-1)}>
                {t('epass.review.prevPage')}
              </Button>
              <span className="muted">
                {t('epass.review.window', { from: offset + 1, to: offset + rows.length })}
              </span>
              <Button size="small" disabled={offset + QUEUE_WINDOW >= total} onClick={() => page(1)}>
                {t('epass.review.nextPage')}
              </Button>
            </div>
          </div>
          {current ? (
            <section
              className="review-current"
              data-testid="review-current"
              data-registration-id={current.id}
              aria-label={current.maskedName}
            >
              <RegistrationCard reg={current} />
              {evidence ? <EvidenceList evidence={evidence} /> : <Spin />}
              {block !== null && evidence ? (
                <Alert
                  type="error"
                  showIcon
                  id="approve-blocked"
                  data-testid="approve-blocked"
                  message={t('epass.approve.blocked', { level: t(levelKey[evidence.codeZone.level]) })}
                />
              ) : null}
              <div className="review-actions">
                <Button
                  type="primary"
                  disabled={!canReview || block !== null || !evidence}
                  aria-keyshortcuts="A"
                  aria-describedby={block !== null ? 'approve-blocked' : undefined}
                  onClick={approve}
                  data-testid="review-approve"
                >
                  <kbd>A</kbd> {t('epass.action.approve')}
                </Button>
                <Button
                  danger
                  disabled={!canReview}
                  aria-keyshortcuts="R"
                  onClick={() => setPicker(true)}
                  data-testid="review-reject"
                >
                  <kbd>R</kbd> {t('epass.action.reject')}
                </Button>
                <Button aria-keyshortcuts="ArrowUp" onClick={() => move(-1)} data-testid="review-prev">
                  <kbd>↑</kbd> {t('epass.action.prev')}
                </Button>
                <Button aria-keyshortcuts="N ArrowDown" onClick={() => move(1)} data-testid="review-next">
                  <kbd>N</kbd> {t('epass.action.next')}
                </Button>
              </div>
              {picker ? (
                <ReasonPicker
                  key={current.id}
                  mode="reject"
                  onConfirm={reject}
                  onCancel={() => {
                    setPicker(false);
                    rootRef.current?.focus();
                  }}
                />
              ) : null}
            </section>
          ) : null}
        </div>
      )}
      <p className="review-announce" role="status" aria-live="polite" data-testid="review-announce">
        {announcement}
      </p>
      <Modal
        open={batchOpen}
        title={t('epass.batch.title')}
        onCancel={closeBatch}
        afterOpenChange={(open) => {
          if (open) confirmRef.current?.focus();
        }}
        footer={[
          <Button key="cancel" onClick={closeBatch}>
            {t('epass.action.cancel')}
          </Button>,
          <Button
            key="ok"
            ref={confirmRef}
            type="primary"
            disabled={batchIds.length === 0}
            loading={batching}
            onClick={() => void runBatch()}
            data-testid="batch-confirm"
          >
            {t('epass.batch.ok', { n: batchIds.length })}
          </Button>,
        ]}
        destroyOnHidden
      >
        <p data-testid="batch-body" data-count={batchIds.length}>
          {batchIds.length === 0
            ? t('epass.batch.none')
            : t('epass.batch.body', { n: batchIds.length, total: visible.length, days: DEFAULT_PASS_DAYS })}
        </p>
      </Modal>
    </div>
  );
}
