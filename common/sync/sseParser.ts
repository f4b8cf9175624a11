/**
 * An incremental parser of `text/event-stream` (WHATWG HTML §9.2.6) over decoded text chunks
 * that may split anywhere — inside a line, between `\r` and `\n`, inside a field name. Pure:
 * the state is a value passed in and returned. Comments (`: heartbeat`) are reported so the
 * caller can count heartbeats; `id` and `retry` are kept for completeness.
 */
export interface SseEvent {
  event: string;
  data: string;
  id: string | null;
}

export interface SseState {
  /** Text after the last complete line. */
  buffer: string;
  /** A chunk ended on `\r`: a `\n` starting the next chunk belongs to that line ending. */
  pendingCr: boolean;
  event: string;
  data: string[];
  hasData: boolean;
  lastId: string | null;
  retry: number | null;
}

export const initialSseState: SseState = {
  buffer: '',
  pendingCr: false,
  event: '',
  data: [],
  hasData: false,
  lastId: null,
  retry: null,
};

export interface SseOutput {
  state: SseState;
  events: SseEvent[];
  comments: number;
}

export function parseSse(previous: SseState, chunk: string): SseOutput {
  let text = chunk;
  const s: SseState = { ...previous, data: [...previous.data] };
  if (s.pendingCr && text.startsWith('\n')) text = text.slice(1);
  s.pendingCr = false;
  text = s.buffer + text;
  const events: SseEvent[] = [];
  let comments = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\n' && c !== '\r') continue;
    const line = text.slice(start, i);
    if (c === '\r') {
      if (i + 1 < text.length) {
        if (text[i + 1] === '\n') i++;
      } else {
        s.pendingCr = true;
      }
    }
    start = i + 1;
    if (line === '') {
      if (s.hasData) {
        const data = s.data.join('\n');
        events.push({ event: s.event || 'message', data, id: s.lastId });
      }
      s.event = '';
      s.data = [];
      s.hasData = false;
      continue;
    }
    if (line.startsWith(':')) {
      comments++;
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') s.event = value;
    else if (field === 'data') {
      s.data.push(value);
      s.hasData = true;
    } else if (field === 'id' && !value.includes('\0')) s.lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) s.retry = Number(value);
  }
  s.buffer = text.slice(start);
  return { state: s, events, comments };
}
