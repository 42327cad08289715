/** A photo that cannot be accepted, with a message that says why in the reporter's terms. */
export class MediaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MediaError';
  }
}
