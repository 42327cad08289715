import { MessageError, type Message } from '../messages';

/** A photo that cannot be accepted, with a message that says why in the reporter's terms. */
export class MediaError extends MessageError {
  constructor(said: Message) {
    super(said);
    this.name = 'MediaError';
  }
}
