import { perVerb, type VerbName } from '../../electron/channels';
import type { CopydeskApi, VerbInput, VerbOutput } from '../../electron/contract';
import type { Message } from '../../electron/core/messages';
import { BridgeError, type Bridge } from './types';

/** The bridge's verbs: each takes its input and gives its output, or throws a BridgeError. */
type Verbs = { [K in VerbName]: (input: VerbInput<K>) => Promise<VerbOutput<K>> } & Omit<Bridge, 'transport' | 'onBeforeClose' | 'onMenuCommand'>;

/**
 * Turns result envelopes into values or thrown BridgeErrors, whose message `say` puts in the
 * interface language (English as the core wrote it, without one).
 */
export function unwrapAll(api: CopydeskApi, say?: (said: Message) => string): Verbs {
  const verb =
    <K extends VerbName>(name: K) =>
    async (input: VerbInput<K>): Promise<VerbOutput<K>> => {
      const call = api[name] as (input: unknown) => ReturnType<CopydeskApi[K]>;
      const result = await call(input);
      if (!result.ok) throw new BridgeError(result.error.code, result.error.said && say ? say(result.error.said) : result.error.message);
      return result.value;
    };
  return perVerb<Verbs>(verb);
}
