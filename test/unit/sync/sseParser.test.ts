/** The text/event-stream parser: events, comments, line endings, and chunks split anywhere. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialSseState, parseSse, type SseEvent } from '#common/sync/sseParser';

function parseChunks(chunks: string[]): { events: SseEvent[]; comments: number } {
  let state = initialSseState;
  const events: SseEvent[] = [];
  let comments = 0;
  for (const c of chunks) {
    const out = parseSse(state, c);
    state = out.state;
    events.push(...out.events);
    comments += out.comments;
  }
  return { events, comments };
}

const stream =
  ': hello\n\nevent: poke\ndata: {"seq":1}\n\n:heartbeat\r\nevent: poke\r\ndata: {"seq":2}\r\n\r\ndata: a\ndata: b\n\nevent: poke\rdata:{"seq":3}\r\r';

describe('parseSse', () => {
  it('reads events, multi-line data, comments and all three line endings', () => {
    const { events, comments } = parseChunks([stream]);
    expect(events.map((e) => [e.event, e.data])).toEqual([
      ['poke', '{"seq":1}'],
      ['poke', '{"seq":2}'],
      ['message', 'a\nb'],
      ['poke', '{"seq":3}'],
    ]);
    expect(comments).toBe(2);
  });

  it('gives the same events however the stream is split into chunks', () => {
    const whole = parseChunks([stream]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: stream.length }), { maxLength: 12 }), (cuts) => {
        const points = [...new Set(cuts)].sort((a, b) => a - b);
        const chunks: string[] = [];
        let at = 0;
        for (const p of points) {
          chunks.push(stream.slice(at, p));
          at = p;
        }
        chunks.push(stream.slice(at));
        expect(parseChunks(chunks)).toEqual(whole);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('does not dispatch an event until its blank line arrives', () => {
    expect(parseChunks(['event: poke\ndata: 1\n']).events).toEqual([]);
  });
});
