import { errorText } from '../core/messages';
import { runCli } from './runCli';

// The reader may go away before everything is printed (`copydesk list | head`): what is left has
// nowhere to go, and the command ends as it would have, without a broken-pipe trace.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') readerGone = true;
  else process.stderr.write(`copydesk: cannot print: ${error.message}\n`);
});

runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => {
    if (!readerGone) process.stdout.write(`${text}\n`);
  },
  stderr: (text) => process.stderr.write(`${text}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: unexpected error: ${errorText(error)}\n`);
    process.exitCode = 1;
  },
);
