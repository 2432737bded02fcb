/** The five seed plans a basis can cite, by file name. */
export const PLANS: Record<string, { zh: string; en: string }> = {
  '000_d67eb8df20e31904.txt': { zh: '《聊城市“十四五”妇女发展规划》', en: 'Liaocheng 14th Five-Year Women\'s Development Plan' },
  '001_1142db6a623c33a6.txt': { zh: '《葫芦岛市妇女发展规划（2021—2030年）》', en: 'Huludao Women\'s Development Plan (2021–2030)' },
  '002_f51d82e60e0c5b30.txt': { zh: '《铁西区妇女发展规划（2021-2030年）（征求意见稿）》', en: 'Tiexi District Women\'s Development Plan (2021–2030, draft)' },
  '003_71de1e464177e433.txt': { zh: '《东昌府区“十四五”妇女发展规划》', en: 'Dongchangfu District 14th Five-Year Women\'s Development Plan' },
  '004_573b780cbee6880a.txt': { zh: '《昆区妇女发展规划（2021—2030年）》', en: 'Kundulun District Women\'s Development Plan (2021–2030)' },
};

export function planName(file: string, lang: 'zh' | 'en' = 'zh'): string {
  return PLANS[file]?.[lang] ?? file;
}
