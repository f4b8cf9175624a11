/**
 * One question to a worker made for it: posts the request, settles with the first reply — a
 * `{ type: 'failed', message }` reply or a worker error becomes a rejection — and ends the
 * worker either way.
 */
export interface FailedReply {
  type: 'failed';
  message: string;
}

export function askWorker<Request, Answer>(
  worker: Worker,
  request: Request,
  transfer: Transferable[] = [],
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Answer | FailedReply>) => {
      worker.terminate();
      const reply = event.data;
      const failed = (reply as Partial<FailedReply>).type === 'failed';
      if (failed) reject(new Error((reply as FailedReply).message));
      else resolve(reply as Answer);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'the worker failed'));
    };
    worker.postMessage(request, { transfer });
  });
}
