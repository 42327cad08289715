import { describe, expect, it } from 'vitest';
import { ImportError, importBytes, parseCaptionLine, parseWire } from '../../electron/core/import';
import { detectLanguage } from '../../electron/core/text';

// Fixtures in the shape of agency copy: a date prefix, the attribution in the first paragraph,
// captions on their own lines ending in the photographer's credit in capitals.
const WIRE_VI = `date 2026-02-14 Theo TTXVN, sáng nay tại Hà Nội, Bộ Nông nghiệp tổ chức hội nghị tổng kết vụ lúa đông xuân với sự tham gia của đại diện các tỉnh đồng bằng.

Đại diện các tỉnh trao đổi tại hội nghị ẢNH: NGỌC HÀ

Theo báo cáo, năng suất bình quân đạt hơn 6 tấn mỗi héc-ta, cao nhất trong năm năm trở lại đây.

Nông dân thu hoạch lúa sớm để tránh mưa ẢNH: TRẦN VIỆT/TTXVN

Bộ trưởng đề nghị các địa phương chuẩn bị giống cho vụ hè thu.`;

describe('plain-text wire copy', () => {
  it('reads date, source, paragraphs and captions awaiting their photos', () => {
    const { fields } = parseWire(WIRE_VI);
    expect(fields).toMatchObject({ headline: '', sapo: '', source: 'Theo TTXVN', language: 'vi', dateline: { place: '', date: '2026-02-14' } });
    expect(fields.body?.content).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'text', text: 'Theo TTXVN, sáng nay tại Hà Nội, Bộ Nông nghiệp tổ chức hội nghị tổng kết vụ lúa đông xuân với sự tham gia của đại diện các tỉnh đồng bằng.' }],
      },
      { type: 'figure', attrs: expect.objectContaining({ src: null, credit: 'Ngọc Hà', agency: '' }), content: [{ type: 'text', text: 'Đại diện các tỉnh trao đổi tại hội nghị' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Theo báo cáo, năng suất bình quân đạt hơn 6 tấn mỗi héc-ta, cao nhất trong năm năm trở lại đây.' }] },
      { type: 'figure', attrs: expect.objectContaining({ src: null, credit: 'Trần Việt', agency: 'TTXVN' }), content: [{ type: 'text', text: 'Nông dân thu hoạch lúa sớm để tránh mưa' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Bộ trưởng đề nghị các địa phương chuẩn bị giống cho vụ hè thu.' }] },
    ]);
  });

  it('takes a first line that reads as a headline, and the paragraph after it as the sapo', () => {
    const { fields } = parseWire(
      'Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long\n\nGiá lúa tươi tại ruộng tăng 300 đồng mỗi ký so với tuần trước.\n\nCần Thơ (TTXVN) – Thương lái đổ về các xã để thu mua.',
    );
    expect(fields).toMatchObject({
      headline: 'Giá lúa tăng mạnh ở Đồng bằng sông Cửu Long',
      sapo: 'Giá lúa tươi tại ruộng tăng 300 đồng mỗi ký so với tuần trước.',
      source: 'TTXVN',
      dateline: { place: 'Cần Thơ', date: null },
    });
    expect(fields.body?.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Cần Thơ (TTXVN) – Thương lái đổ về các xã để thu mua.' }] }]);
  });

  it('reads English copy with "Photo:" credits', () => {
    const { fields } = parseWire(
      'Storm makes landfall in central Vietnam\n\nThousands were moved to shelters overnight.\n\n(Reuters) - The storm brought winds of up to 130 km/h.\n\nResidents tie down a roof in Hue Photo: Jane Doe',
    );
    expect(fields).toMatchObject({ language: 'en', source: 'Reuters' });
    expect(fields.body?.content?.[1]).toMatchObject({ type: 'figure', attrs: { credit: 'Jane Doe' }, content: [{ text: 'Residents tie down a roof in Hue' }] });
  });

  it('joins lines wrapped inside a paragraph and ignores extra blank lines', () => {
    const { fields } = parseWire('\n\nDòng một\nvẫn đoạn một.\n\n\n\nĐoạn hai.\n');
    expect(fields.body?.content?.map((node) => node.content?.[0]?.text)).toEqual(['Dòng một vẫn đoạn một.', 'Đoạn hai.']);
  });

  it('imports a decomposed (NFD) file identical to its composed twin', async () => {
    const composed = await importBytes(Buffer.from(WIRE_VI, 'utf8'), 'tin.txt');
    const decomposed = await importBytes(Buffer.from(WIRE_VI.normalize('NFD'), 'utf8'), 'tin.txt');
    expect(decomposed).toEqual(composed);
  });

  it('converts Windows-1258, the legacy Vietnamese code page', async () => {
    // "Tiếng Việt có dấu." in Windows-1258: base letters with combining tone marks.
    const cp1258 = Buffer.from([0x54, 0x69, 0xea, 0xec, 0x6e, 0x67, 0x20, 0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x63, 0xf3, 0x20, 0x64, 0xe2, 0xec, 0x75, 0x2e]);
    expect((await importBytes(cp1258, 'cu.txt')).fields.body?.content?.[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Tiếng Việt có dấu.' }] });
  });

  it.each([
    ['binary bytes in a .txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not a text file/],
    ['an empty file', Buffer.alloc(0), /empty/],
    ['text in an unknown 8-bit encoding', Buffer.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0xa9, 0xae, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64]), /not in UTF-8/],
  ])('refuses %s with a clear message', async (_name, bytes, message) => {
    await expect(importBytes(bytes, 'tin.txt')).rejects.toThrow(ImportError);
    await expect(importBytes(bytes, 'tin.txt')).rejects.toThrow(message);
  });

  it('refuses a file whose format it cannot tell', async () => {
    await expect(importBytes(Buffer.from('x'), 'tin.xyz')).rejects.toThrow(/cannot tell its format/);
  });
});

describe('caption lines', () => {
  it.each([
    ['Tổng Bí thư phát biểu tại cuộc làm việc ẢNH: VŨ LỢI', { caption: 'Tổng Bí thư phát biểu tại cuộc làm việc', credit: 'Vũ Lợi', agency: '' }],
    ['Lễ ký kết biên bản ghi nhớ. (Ảnh: Văn Điệp/TTXVN)', { caption: 'Lễ ký kết biên bản ghi nhớ.', credit: 'Văn Điệp', agency: 'TTXVN' }],
    ['Quang cảnh phiên họp ẢNH: TTXVN', { caption: 'Quang cảnh phiên họp', credit: 'TTXVN', agency: '' }],
    ['Cô giáo và học sinh trong giờ học ẢNH: ANH TUẤN', { caption: 'Cô giáo và học sinh trong giờ học', credit: 'Anh Tuấn', agency: '' }],
    ['Fans at the stadium Photo: AFP', { caption: 'Fans at the stadium', credit: 'AFP', agency: '' }],
  ])('splits %j', (line, expected) => {
    expect(parseCaptionLine(line)).toEqual(expected);
  });

  it.each(['Một đoạn văn bình thường kết thúc bằng dấu chấm.', 'Ông cho biết: chụp ảnh là sở thích của mình từ nhỏ.', 'ẢNH: VŨ LỢI'])('leaves %j as a paragraph', (line) => {
    expect(parseCaptionLine(line)).toBeNull();
  });
});

describe('language from text', () => {
  it.each([
    ['Tổng Bí thư làm việc tại Điện Biên', 'vi'],
    ['The minister met farmers in Can Tho on Monday', 'en'],
    ['Reporters from Hà Nội and Đà Nẵng joined the briefing on Monday morning in the capital', 'en'],
  ])('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
