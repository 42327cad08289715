/** A file that cannot be imported, with the reason in the reporter's terms. Nothing was added. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
