import { checkLibrary, repairLibrary, type CheckReport } from '../../core/library';
import { printJson, type Command, type CommandContext } from '../command';

export const checkCommand: Command = {
  name: 'check',
  usage: 'copydesk check [--repair] [--json]',
  options: { repair: { type: 'boolean' } },
  positionals: 0,
  async run(context) {
    if (context.values.repair === true) {
      const { actions, after } = await repairLibrary(await context.folder(true), context.now());
      if (context.json) printJson(context, { ...after, actions });
      else {
        for (const action of actions) context.out(`repaired: ${action}`);
        report(context, after);
      }
      return after.ok ? 0 : 1;
    }
    const result = await checkLibrary(await context.folder(false));
    if (context.json) printJson(context, result);
    else report(context, result);
    return result.ok ? 0 : 1;
  },
};

function report(context: CommandContext, result: CheckReport): void {
  if (result.ok) {
    context.out(`OK: ${result.articles} articles, no problems.`);
    return;
  }
  for (const problem of result.problems) context.out(`problem: ${problem.kind}: ${problem.message}`);
  context.out(`${result.problems.length} problem(s) in ${result.articles} articles. Run \`copydesk check --repair\` to quarantine damaged files and rebuild the index.`);
}
