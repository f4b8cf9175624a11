/**
 * Text colours that reach WCAG AA (4.5:1 for body text) on the dark theme's grounds
 * (background #0b1220, panel #111a2e). Ant Design's dark algorithm derives its secondary
 * texts as white at 25–45 % opacity and its link and selected-tab blue from the primary seed;
 * on these grounds they measure 2.2–4.0:1. These override only what falls short, keeping the
 * calm muted look: placeholders and hints stay a step below the muted grey of app.css.
 * Ratios on the panel: muted #8a9bb8 6.2, hint #7d8aa3 5.0, link #6ea8fe 7.2.
 */
import type { ThemeConfig } from 'antd';

const muted = '#8a9bb8';
const hint = '#7d8aa3';
const link = '#6ea8fe';
const linkHover = '#93bdfe';
const linkActive = '#5b9bff';

export const contrastTokens = {
  colorTextSecondary: '#b4c0d4',
  colorTextTertiary: muted,
  colorTextQuaternary: hint,
  colorTextPlaceholder: hint,
  colorTextDescription: muted,
  colorLink: link,
  colorLinkHover: linkHover,
  colorLinkActive: linkActive,
} satisfies ThemeConfig['token'];

export const contrastComponents = {
  Tabs: {
    itemSelectedColor: link,
    itemHoverColor: linkHover,
    itemActiveColor: linkActive,
    inkBarColor: link,
  },
} satisfies ThemeConfig['components'];
