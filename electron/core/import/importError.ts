import { MessageError, type Message } from '../messages';

/** A file that cannot be imported, with the reason in the reporter's terms. Nothing was added. */
export class ImportError extends MessageError {
  constructor(said: Message) {
    super(said);
    this.name = 'ImportError';
  }
}
