/**
 * The error of class `kind` that `action` throws, for a test to look into (its reasons, its
 * message); fails the test when `action` throws nothing, and rethrows any other error.
 */
export function thrownBy<E extends Error>(action: () => unknown, kind: abstract new (...args: never[]) => E): E {
  try {
    action();
  } catch (error) {
    if (error instanceof kind) return error;
    throw error;
  }
  throw new Error(`expected ${kind.name}, but nothing was thrown`);
}
