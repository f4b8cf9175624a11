/** Ant Design theme: dark, dense and calm for a night-shift situation room. */
import { theme, type ThemeConfig } from 'antd';
import { surface } from '#renderer/theme/palette';
import { contrastComponents, contrastTokens } from '#renderer/theme/contrast';

export const appTheme: ThemeConfig = {
  algorithm: [theme.darkAlgorithm, theme.compactAlgorithm],
  token: {
    colorBgBase: surface.background,
    colorBgContainer: surface.panel,
    colorBorder: surface.panelBorder,
    colorPrimary: surface.accent,
    colorText: surface.text,
    ...contrastTokens,
    fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif',
    borderRadius: 4,
  },
  components: {
    Layout: {
      headerBg: '#0e1629',
      siderBg: '#0e1629',
      bodyBg: surface.background,
      headerHeight: 48,
      headerPadding: '0 16px',
    },
    Menu: { darkItemBg: '#0e1629' },
    ...contrastComponents,
  },
};
