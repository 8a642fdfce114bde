import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { ConsoleUser } from './console-pages';
import type { E2eSystem, SignInUser } from './e2e-system';

/**
 * One Chromium on the system's console for a test file: every user it signs in is kept, so that
 * `stop` closes them, the browser and the system together.
 */
export class ConsoleBrowser {
  private launched?: Browser;
  private readonly opened: ConsoleUser[] = [];

  constructor(private readonly system: E2eSystem) {}

  /** Launches the browser; once the system is started, so it is not idle all that while. */
  async launch(): Promise<void> {
    this.launched = await launchChromium();
  }

  /** The browser itself, for a profile no one signs in to. */
  get chromium(): Browser {
    if (!this.launched) throw new Error('the browser is not launched yet');
    return this.launched;
  }

  /** Opens the console in a browser profile of the user's own and signs them in. */
  async signIn(user: SignInUser, options: { locale?: string } = {}): Promise<ConsoleUser> {
    const signedIn = await ConsoleUser.signIn(this.chromium, this.system.url(''), user, options);
    this.opened.push(signedIn);
    return signedIn;
  }

  /** Closes every user signed in and the browser, then stops the system. */
  stop(): Promise<void> {
    return this.system.stopWith(this.launched, this.opened);
  }
}
