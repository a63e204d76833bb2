import { UserError } from '../util/errors.js';

/**
 * Errors of the statements client. Messages are one line (method, statement, HTTP status, the
 * API's detail) and no error carries the request, its headers or the credentials: only the
 * plain fields below, so `String(err)` and `JSON.stringify(err)` are safe to log. They are
 * operational errors (auth, permission, network, a refused call): a `UserError` with exit code
 * 1, so the command line and the action print the one line, not an internal error.
 */
export class FlinkApiError extends UserError {
  override name = 'FlinkApiError';
  constructor(
    message: string,
    readonly method: string,
    /** Statement name, or undefined for collection calls (list) */
    readonly statement: string | undefined,
    /** HTTP status; 0 for network errors and timeouts */
    readonly status: number,
    /** The API's error detail (errors[].detail joined), or the network error */
    readonly detail: string,
    readonly requestId?: string,
  ) {
    super(message, 1);
  }
}

/** A network error or per-request timeout after the last attempt. */
export class FlinkNetworkError extends FlinkApiError {
  override name = 'FlinkNetworkError';
}

/** A redirect to another origin than the configured endpoint: not followed, the credentials stay home. */
export class RedirectRefusedError extends FlinkApiError {
  override name = 'RedirectRefusedError';
}

/** 409 on create: a statement with that name exists (or is still being deleted). */
export class StatementExistsError extends FlinkApiError {
  override name = 'StatementExistsError';
}

/** PUT kept answering 409 (stale resource_version) after the bounded GET-modify-PUT loop. */
export class StatementConflictError extends FlinkApiError {
  override name = 'StatementConflictError';
}

export type WaitFailureReason = 'failed' | 'timeout' | 'not-found';

/** A wait ended without reaching a target phase: the statement failed, vanished or took too long. */
export class StatementWaitError extends Error {
  override name = 'StatementWaitError';
  constructor(
    message: string,
    readonly statement: string,
    readonly reason: WaitFailureReason,
    /** Last phase seen, when the statement was seen */
    readonly phase: string | undefined,
    /** `status.detail`, or the newest exception's message when the detail is empty */
    readonly detail: string | undefined,
  ) {
    super(message);
  }
}
