/** Typed failures the edges (HTTP, sockets) map to error responses and frames. */
export class NotFoundError extends Error {
  constructor(readonly what: string) {
    super(`${what} not found`);
    this.name = 'NotFoundError';
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/** A limit on how much one client may do (e.g. conversations started per address). */
export class LimitError extends Error {
  constructor(
    readonly limit: 'conversation-limit',
    message: string,
  ) {
    super(message);
    this.name = 'LimitError';
  }
}

export class UnprocessableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnprocessableError';
  }
}
