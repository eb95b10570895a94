/**
 * A service started by a supervisor (`npm start` forks each service with an IPC channel) tells it
 * where it listens, or why it could not start, and stops when the supervisor is gone: a supervisor
 * killed outright (kill -9) must not leave its services running without it. A service started by
 * hand, or by a deployment's process manager, has no channel and none of this applies.
 */

/** What a supervised service says over its channel. */
export type SupervisorMessage = { sfxd: 'listening'; service: string; url: string } | { sfxd: 'failed'; service: string; message: string };

export const isSupervised = () => typeof process.send === 'function' && process.connected;

/** Resolves once the message is handed to the channel (at once without a supervisor). */
export function tellSupervisor(message: SupervisorMessage): Promise<void> {
  if (!isSupervised()) return Promise.resolve();
  return new Promise((resolve) => process.send!(message, undefined, {}, () => resolve()));
}

/**
 * Runs a service's start; a start that fails is said in one line (to the supervisor, which prints
 * its own, or on standard error) and exits with code 1.
 */
export async function runService<T extends { url: string }>(service: string, start: () => Promise<T>): Promise<T> {
  try {
    const running = await start();
    await tellSupervisor({ sfxd: 'listening', service, url: running.url });
    return running;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (isSupervised()) await tellSupervisor({ sfxd: 'failed', service, message });
    else process.stderr.write(`The ${service} service did not start: ${message}\n`);
    process.exit(1);
  }
}
