/**
 * The sync engine's view of the central API: the routes of protocol.ts as typed calls. An
 * implementation resolves only with replies that passed the protocol's schemas and rejects
 * only with the SyncError classes of syncErrors.ts.
 */
import type {
  ConflictsReply,
  EnrolReply,
  EnrolRequest,
  PokeEvent,
  PullReply,
  PushReply,
  PushRequest,
  ResolveConflictReply,
  ResolveConflictRequest,
} from './protocol';

export interface SyncTransport {
  enrol(request: EnrolRequest, signal?: AbortSignal): Promise<EnrolReply>;
  push(request: PushRequest, signal?: AbortSignal): Promise<PushReply>;
  pull(after: number, limit: number, signal?: AbortSignal): Promise<PullReply>;
  conflicts(signal?: AbortSignal): Promise<ConflictsReply>;
  resolveConflict(
    id: string,
    request: ResolveConflictRequest,
    signal?: AbortSignal,
  ): Promise<ResolveConflictReply>;
  /** Pokes from the server until `signal` aborts (then the iteration ends quietly) or the stream fails (it throws). */
  events(signal: AbortSignal): AsyncIterable<PokeEvent>;
}

/** The part of `fetch` the transport uses, so tests can inject the network. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
