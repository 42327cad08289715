import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, BodyNode } from '../../electron/core/article';
import { SCHEMA_VERSION } from '../../electron/core/article';

// Vietnamese as newsrooms write it: common syllables, more common ones more often, for about two
// words in three, the rest from the long tail of the language (the Vietnamese dictionary's other
// syllables), names with their capitals, and a slip of the keyboard now and then (one word in about
// 250), as real copy has.
const COMMON = `của và các có được trong cho là với này đã những một không người năm đến khi nhiều về ra để tại
theo cũng đang từ như sẽ phải làm trên đó thì hiện nhất sau nước việc hơn vào lại số mới cùng nhưng nên bị
thành phố kinh tế xã hội quốc gia chính phủ nhân dân tỉnh huyện công ty doanh nghiệp đầu tư phát triển dự án
giao thông đường bộ sân bay cảng biển điện lực nông thôn sản xuất lúa gạo cà phê hồ tiêu thuỷ hải sản học sinh
giáo viên trường đại tiếng việt văn hoá lịch sử du khách sạn bệnh bác sĩ sức khoẻ y thuốc tiêm phòng dịch bão
lũ mưa lớn nắng nóng gió mùa đông xuân hè thu sáng chiều tối ngày tháng tuần giờ phút hôm nay qua mai trước
đây gần xa trung tâm khu vực miền bắc nam tây chủ tịch thủ tướng trưởng giám đốc tổng cục đồng uỷ ban cán cơ
quan báo chí phóng viên tin bài ảnh nghìn triệu tỷ giá tăng giảm mức thị trường nhập khẩu hàng hoá ngân sách
thuế vốn lãi suất biết rằng ông bà anh chị em họ chúng tôi mình ta nhau mọi ai gì đâu sao thế nào bao đi
đứng chạy xem nghe nhìn thấy hiểu nghĩ muốn cần thể chưa đều vẫn còn rồi xong hết nhỏ cao thấp dài ngắn nhanh
chậm tốt xấu đẹp mạnh yếu khó dễ rất quá lắm hơi khá nhà cửa bàn ghế xe máy ô tô tàu thuyền cầu sông núi rừng
đất đai pháp luật quy định nghị`.split(/\s+/);
const NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Văn', 'Thị', 'Minh', 'Hùng', 'Hải', 'Hà', 'Nội', 'Đà', 'Nẵng', 'Cần', 'Thơ'];
const SLIPS = ['nguời', 'đưòng', 'khôg', 'thàng', 'viêc', 'đuợc'];

let tail: string[] | null = null;
/** The dictionary's lower-case syllables that are not in COMMON (read once). */
function rareSyllables(): string[] {
  if (!tail) {
    const dic = readFileSync(join(process.env.COPYDESK_ROOT ?? process.cwd(), 'node_modules/dictionary-vi/index.dic'), 'utf8');
    const common = new Set(COMMON);
    tail = dic
      .split('\n')
      .slice(1)
      .map((line) => (line.split('/')[0] ?? '').trim().normalize('NFC'))
      .filter((word) => /^[a-zà-ỹđ]+$/u.test(word) && !common.has(word));
  }
  return tail;
}

/** A deterministic stream of pseudo-random numbers, so every run measures the same text. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `count` words of running Vietnamese text (the first word of each sentence in capitals). */
export function syllables(count: number, next: () => number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = next();
    const rare = rareSyllables();
    let word =
      roll < 0.004
        ? (SLIPS[Math.floor(next() * SLIPS.length)] as string)
        : roll < 0.07
          ? (NAMES[Math.floor(next() * NAMES.length)] as string)
          : roll < 0.37
            ? (rare[Math.floor(next() * rare.length)] as string)
            : (COMMON[Math.floor(next() ** 2 * COMMON.length)] as string);
    if (i % 16 === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
    words.push(word);
  }
  return words.join(' ');
}

export interface FigurePhoto {
  src: string;
  original: string;
  sha256: string;
  width: number;
  height: number;
}

/** An article of about `words` words in paragraphs of ~60, with a figure every so often. */
export function bigArticle(id: string, words: number, figures: FigurePhoto[], seed = 1): Article {
  const next = random(seed);
  const content: BodyNode[] = [];
  const paragraphs = Math.ceil(words / 60);
  const every = figures.length > 0 ? Math.floor(paragraphs / figures.length) : Infinity;
  let figure = 0;
  for (let i = 0; i < paragraphs; i++) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `${syllables(60, next)}.` }] });
    if (i % 20 === 10) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: syllables(6, next) }] });
    if ((i + 1) % every === 0 && figure < figures.length) {
      const photo = figures[figure++] as FigurePhoto;
      content.push({
        type: 'figure',
        attrs: { ...photo, mime: 'image/jpeg', alt: syllables(8, next), credit: 'Lê Minh', agency: 'TTXVN', takenAt: null },
        content: [{ type: 'text', text: syllables(12, next) }],
      });
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    headline: syllables(12, next),
    sapo: syllables(40, next),
    byline: ['Lê Minh'],
    dateline: { place: 'Hà Nội', date: '2026-03-01' },
    source: 'Theo TTXVN',
    section: 'Thời sự',
    tags: ['kinh tế'],
    language: 'vi',
    status: 'draft',
    body: { type: 'doc', content },
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    revision: 1,
  };
}
