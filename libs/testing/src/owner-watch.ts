import { ChildProcess, spawn } from 'node:child_process';

/**
 * Runs `stop` (a shell command) once the process `owner` (this one, unless said) has ended while
 * `running` (a shell test) still holds — also when the owner was killed outright and ran no exit
 * hook. The watch ends by itself as soon as `running` fails. For the servers a test starts as
 * processes of their own, which would otherwise outlive a crashed test run and keep their ports.
 * It is a process group of its own, so a signal to the test run's group does not end it too.
 */
export function stopWhenOwnerEnds(running: string, stop: string, owner = process.pid): ChildProcess {
  const watch = spawn(
    'bash',
    ['-c', `while kill -0 ${owner} 2>/dev/null; do sleep 1; ${running} || exit 0; done; if ${running}; then ${stop}; fi`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  watch.unref();
  return watch;
}
