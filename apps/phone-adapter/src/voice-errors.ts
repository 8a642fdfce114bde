import { ContractViolation, DomainError } from '@inquiry-router/contracts';

/** The call's data makes no valid inquiry: the sender's fault, never ours. */
export class InvalidCallData extends DomainError {
  constructor(violation: ContractViolation) {
    super('invalid', `the call's data makes no valid inquiry: ${violation.message}`, { cause: violation });
  }
}

/** The voicemail could not be handed on now: Twilio retries the callback. */
export class VoicemailNotStored extends DomainError {
  constructor(cause: unknown) {
    super('unavailable', 'the voicemail could not be stored now; retry later', { cause });
  }
}
