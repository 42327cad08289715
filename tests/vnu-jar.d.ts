/** The Nu HTML Checker's npm package: its default export is the path of vnu.jar. */
declare module 'vnu-jar' {
  const path: string;
  export default path;
}
