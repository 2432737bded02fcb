import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: see docs/permissions.md.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '性别平等评估助手 Gender Equality Review',
    short_name: '性别平等评估',
    description: '在浏览器中审阅政策文件草案，标出性别歧视性表述并给出依据和修改建议。所有检查均在本机完成。',
    permissions: browser === 'firefox' ? ['storage', 'contextMenus'] : ['storage', 'sidePanel', 'contextMenus'],
    action: { default_title: '性别平等评估助手' },
    commands: {
      'next-finding': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '下一处问题 / Next finding',
      },
      'prev-finding': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '上一处问题 / Previous finding',
      },
      'open-card': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '打开当前问题的说明卡片 / Open the card of the current finding',
      },
      'add-note': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '为选中文字（或当前问题）添加批注 / Add a note to the selection (or the current finding)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'gender-equality-review@example.org',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
