/**
 * Where business time is read (opening hours, due times, event times): one port, so tests and the
 * demo can set the day and hour of a running app. Inject `Clock`; never read `new Date()` for it.
 */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/**
 * Starts at a given instant and runs on from it in real time, and can be set again. Outside
 * production only (`CLOCK_STARTS_AT`; an app refuses to start with it when NODE_ENV=production).
 */
export class SettableClock extends Clock {
  private offsetMs = 0;

  constructor(start?: Date) {
    super();
    if (start) this.set(start);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
