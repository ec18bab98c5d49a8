/**
 * Ends the process once stdout and stderr are flushed. The argon2id worker pool
 * (src/modules/reporting/crypto/argon2.ts) attaches its 'message' listener after unref(), which
 * refs the worker again, so the process would otherwise never exit after the intake has run.
 */
export function finish() {
  process.stdout.write('', () => process.stderr.write('', () => process.exit()));
}
