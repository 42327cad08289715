/** @doyensec/electronegativity ships no types: its runner takes options and answers with findings. */
declare module '@doyensec/electronegativity' {
  const run: (options: Record<string, unknown>, forCli: boolean) => Promise<unknown>;
  export default run;
}
