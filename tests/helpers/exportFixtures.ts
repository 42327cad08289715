import { SCHEMA_VERSION, type Article } from '../../electron/core/article';

const SHA_A = 'a'.repeat(64);
const SHA_B = 'b'.repeat(64);
const text = (value: string, marks?: { type: string; attrs?: Record<string, unknown> }[]) => (marks ? { type: 'text', text: value, marks } : { type: 'text', text: value });
const p = (...content: unknown[]) => ({ type: 'paragraph', content });
const cell = (type: 'tableHeader' | 'tableCell', ...content: unknown[]) => ({ type, content: [content.length > 0 ? p(...content) : { type: 'paragraph' }] });

/** A full Vietnamese article: every node and mark, two photos (one awaited), and hostile text. */
export const ARTICLE_VI = {
  schemaVersion: SCHEMA_VERSION,
  id: '20260305-0a1b2c3d4e',
  headline: 'Hội An đón mùa lễ hội: "đèn lồng & hoa đăng" </script><script>alert(1)</script>',
  sapo: 'Phố cổ rực rỡ trong đêm rằm, hàng nghìn du khách đổ về <b>thả đèn</b>.',
  byline: ['Lê Minh', 'Phạm Thu Hà'],
  dateline: { place: 'Hội An', date: '2026-03-05' },
  source: 'Theo TTXVN',
  section: 'Văn hóa',
  tags: ['du lịch', 'Quảng Nam'],
  language: 'vi',
  status: 'ready',
  body: {
    type: 'doc',
    content: [
      p(
        text('Theo TTXVN, tối qua phố cổ '),
        text('đông khách', [{ type: 'bold' }]),
        text(' từ '),
        text('sáng sớm', [{ type: 'italic' }]),
        text(', xem '),
        text('lịch', [{ type: 'link', attrs: { href: 'https://example.vn/le-hoi?ngay=5&gio=19' } }]),
        text('.'),
      ),
      { type: 'heading', attrs: { level: 2 }, content: [text('Lịch trình')] },
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [p(text('Thả đèn hoa đăng'))] },
          { type: 'listItem', content: [p(text('Đêm phố cổ'))] },
        ],
      },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Vé: 5 * 3 = 15 nghìn đồng'))] }] },
      { type: 'blockquote', content: [p(text('"Năm nay đông hơn", một chủ quán nói.'))] },
      {
        type: 'figure',
        attrs: {
          src: `media/${SHA_A}.display.jpg`,
          original: `media/${SHA_A}.jpg`,
          sha256: SHA_A,
          mime: 'image/jpeg',
          width: 1600,
          height: 1067,
          alt: 'Đèn lồng treo kín phố',
          credit: 'Ngọc Hà',
          agency: 'TTXVN',
          takenAt: null,
        },
        content: [text('Đèn lồng trên phố '), text('Trần Phú', [{ type: 'bold' }])],
      },
      { type: 'heading', attrs: { level: 3 }, content: [text('Ghi chú <img src=x onerror=alert(2)>')] },
      p(text('# không phải tiêu đề, *không nhấn*, [không phải liên kết](javascript:alert(3)), &amp; vẫn là chữ, a_b_c, <not a tag>.')),
      p(text('Dòng một'), { type: 'hardBreak' }, text('dòng hai')),
      {
        type: 'table',
        attrs: { caption: 'Giá vé | theo giờ' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', text('Giờ')), cell('tableHeader', text('Giá (nghìn đồng)'))] },
          { type: 'tableRow', content: [cell('tableCell', text('18–20 giờ')), cell('tableCell', text('15 | '), text('cả nhóm', [{ type: 'italic' }]))] },
          { type: 'tableRow', content: [cell('tableCell', text('Sau 20 giờ', [{ type: 'bold' }])), cell('tableCell')] },
        ],
      },
      {
        type: 'figure',
        attrs: { src: null, original: null, sha256: null, mime: null, width: null, height: null, alt: '', credit: 'Minh Đức', agency: '', takenAt: null },
        content: [text('Khách nước ngoài chụp ảnh')],
      },
      {
        type: 'figure',
        attrs: { src: `media/${SHA_B}.display.png`, original: `media/${SHA_B}.png`, sha256: SHA_B, mime: 'image/png', width: 800, height: 600, alt: 'Sơ đồ', credit: '', agency: '', takenAt: null },
      },
    ],
  },
  createdAt: '2026-03-05T01:00:00.000Z',
  updatedAt: '2026-03-05T09:30:00.000Z',
  revision: 7,
} as Article;

export const ARTICLE_EN = {
  ...ARTICLE_VI,
  id: '20260306-5f6e7d8c9b',
  headline: 'Storm makes landfall in central Vietnam',
  sapo: 'Thousands moved to shelters overnight.',
  byline: ['Jane Doe'],
  dateline: { place: 'Hue', date: '2026-03-06' },
  source: 'Reuters',
  section: 'World',
  tags: ['weather'],
  language: 'en',
  body: {
    type: 'doc',
    content: [
      p(
        text('The storm brought winds of up to 130 km/h, '),
        text('officials said', [{ type: 'italic' }]),
        text('. Contact: '),
        text('the desk', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }]),
        text('.'),
      ),
      {
        type: 'figure',
        attrs: {
          src: `media/${SHA_A}.display.jpg`,
          original: `media/${SHA_A}.jpg`,
          sha256: SHA_A,
          mime: 'image/jpeg',
          width: 1600,
          height: 1067,
          alt: 'Residents tie down a roof',
          credit: 'Jane Doe',
          agency: 'Reuters',
          takenAt: null,
        },
        content: [text('Residents tie down a roof in Hue')],
      },
    ],
  },
} as Article;

/** Stand-in display copies: the exporters copy bytes, they never decode them. */
export async function fixtureMedia(src: string): Promise<Uint8Array> {
  return Buffer.from(`photo bytes of ${src}`);
}
