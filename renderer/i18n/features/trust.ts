/**
 * Messages of issue 12's client side (zh-CN first; en must have every key): the chief's admin
 * screen (devices, enrolment codes, PIN reset), the centre's audit tab, refused changes, the
 * keychain notice and the basemap origin confirmation. Spread into i18n/zh.ts and en.ts.
 */
export const trustZh = {
  'basemap.activateDeclined': '未确认允许访问该瓦片服务地址，底图未更改（需在桌面程序弹出的确认框中选择“允许”）',
} as const;

export const trustEn: Record<keyof typeof trustZh, string> = {
  'basemap.activateDeclined':
    'Access to this tile server was not confirmed; the basemap is unchanged (choose “Allow” in the desktop app’s dialog)',
};
