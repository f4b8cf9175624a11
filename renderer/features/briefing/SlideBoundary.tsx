/**
 * Keeps a failure on one slide (or the deck's frame) off the wall: whatever a slide throws —
 * the cache closed under it, a row no one expected — shows a calm message in words, never an
 * error stack. It resets when the deck moves to another slide (`resetKey`).
 */
import { Component, type ReactNode } from 'react';

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
    // For the duty desk's developer tools, not for the wall.
    console.warn('briefing slide failed', error);
    this.props.onFailure?.();
  }

  override componentDidUpdate(previous: Props): void {
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
