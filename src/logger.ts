/** A minimal structured logger: one JSON line per event on stderr. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, error?: unknown): void;
}

function describe(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.name, detail: error.message, stack: error.stack };
  return { detail: String(error) };
}

export function createLogger(options: { silent?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields: Record<string, unknown>) => {
    if (options.silent === true) return;
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`,
    );
  };
  return {
    info: (message, fields = {}) => write('info', message, fields),
    error: (message, error) => write('error', message, error === undefined ? {} : describe(error)),
  };
}
