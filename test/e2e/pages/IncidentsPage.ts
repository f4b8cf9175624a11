/** Page model of the incident screen and its drawer. */
import { expect, type Page } from '@playwright/test';

export class IncidentsPage {
  constructor(readonly page: Page) {}

  /** An option of the open antd Select dropdown. */
  option(title: string) {
    return this.page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);
  }

  async open(): Promise<void> {
    await this.page.getByRole('menuitem', { name: '警情' }).click();
    await expect(this.page.getByTestId('incidents-screen')).toBeVisible();
  }

  /** Opens an incident's drawer by searching for its description. */
  async openIncident(description: string, id: string): Promise<void> {
    await this.page.getByTestId('filter-text').locator('input').fill(description);
    await this.page.getByTestId('filter-text').locator('input').press('Enter');
    await this.page.locator('.incident-row').first().click();
    await expect(this.page.getByTestId('incident-drawer')).toHaveAttribute('data-incident-id', id);
  }

  async edit(fields: { severity?: string; type?: string; description?: string }): Promise<void> {
    if (fields.severity) {
      await this.page.getByTestId('incident-severity').click();
      await this.option(fields.severity).click();
    }
    if (fields.type) {
      await this.page.getByTestId('incident-type').click();
      await this.option(fields.type).click();
    }
    if (fields.description !== undefined)
      await this.page.getByTestId('incident-description').fill(fields.description);
    await this.page.getByTestId('incident-save').click();
  }

  /** Closes the incident drawer with its close button (Escape may only close an open dropdown). */
  async closeDrawer(): Promise<void> {
    await this.page.locator('.ant-drawer-close').click();
    await expect(this.page.getByTestId('incident-drawer')).toBeHidden();
  }
}
