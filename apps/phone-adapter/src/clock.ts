/** Where the adapter reads the time (opening hours): a port, so tests can set the day and hour. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Starts at a given instant and runs on from it in real time (CLOCK_OVERRIDE, tests only). */
export class ShiftedClock extends Clock {
  private readonly offsetMs: number;

  constructor(start: Date) {
    super();
    this.offsetMs = start.getTime() - Date.now();
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}
