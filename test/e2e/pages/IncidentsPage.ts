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

  /** Fills the new-incident form (board panel or list dialog); absent fields are left as they are. */
  async fillNewIncident(fields: {
    type?: string;
    severity?: string;
    description?: string;
    assignee?: string;
  }): Promise<void> {
    const form = this.page.getByTestId('new-incident-form');
    if (fields.type) {
      await form.getByTestId('ni-type').click();
      await this.option(fields.type).click();
    }
    if (fields.severity) {
      await form.getByTestId('ni-severity').click();
      await this.option(fields.severity).click();
    }
    if (fields.description !== undefined) await form.getByTestId('ni-description').fill(fields.description);
    if (fields.assignee) {
      await form.getByTestId('ni-assignee').click();
      await this.page.keyboard.type(fields.assignee);
      await this.page
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: fields.assignee })
        .first()
        .click();
    }
  }

  async saveNewIncident(): Promise<void> {
    await this.page.getByTestId('new-incident-form').getByTestId('ni-save').click();
  }

  /** The error shown next to a field of the new-incident form. */
  newIncidentError(field: 'type' | 'severity' | 'description' | 'point' | 'reportedAt' | 'assigneeId') {
    return this.page.getByTestId('new-incident-form').getByTestId(`ni-error-${field}`);
  }

  /**
   * Opens 新建警情 and waits on the app's own signals that a point computed now is where a click
   * lands: the dialog's opening zoom has ended (`data-opened`, antd's afterOpenChange; during
   * it the map is scaled on screen), and its small map has drawn its first fit to the grids
   * (`data-fitted`). The test hook registers at the map's load, before the fit, so by then it
   * answers for the dialog's map, not the board's underneath — checked too.
   */
  async openNewIncidentDialog(): Promise<void> {
    await this.page.getByTestId('new-incident').click();
    const dialog = this.page.getByTestId('new-incident-dialog');
    await expect(dialog).toHaveAttribute('data-opened', 'true');
    await expect(dialog.getByTestId('situation-map')).toHaveAttribute('data-fitted', 'true');
    await this.page.waitForFunction(() => {
      type Hook = { map?: { container(): HTMLElement } };
      const map = (window as unknown as { __gridroomTest?: Hook }).__gridroomTest?.map;
      const box = document.querySelector('[data-testid="new-incident-dialog"]');
      return !!map && !!box?.contains(map.container());
    });
  }

  /** Closes the incident drawer with its close button (Escape may only close an open dropdown). */
  async closeDrawer(): Promise<void> {
    await this.page.locator('.ant-drawer-close').click();
    await expect(this.page.getByTestId('incident-drawer')).toBeHidden();
  }
}
