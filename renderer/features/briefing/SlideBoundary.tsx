/**
 * Keeps a failure on one slide (or the deck's frame) off the wall: whatever a slide throws —
 * the cache closed under it, a row no one expected — shows a calm message in words, never an
 * error stack. It resets when the deck moves to another slide (`resetKey`).
 */
import { Component, type ReactNode } from 'react';
import { createLogger } from '#common/log';

const log = createLogger('briefing');

interface Props {
  resetKey: string | number;
  fallback: ReactNode;
  onFailure?: () => void;
  children: ReactNode;
}

interface State {
  failed: boolean;
}

export class SlideBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // For the station's IT (the log files), not for the wall.
    log.warn('briefing slide failed', { resetKey: this.props.resetKey, err: error });
    this.props.onFailure?.();
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
