import { createTheme, Drawer, Modal, MultiSelect, PasswordInput, Select, type MantineThemeOverride } from '@mantine/core';
import type { TFunction } from 'i18next';

const fontFamily =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "DejaVu Sans", Arial, sans-serif';

/** The theme, with Mantine's built-in accessible labels (English by default) in the user's language. */
export function createAppTheme(t: TFunction): MantineThemeOverride {
  const close = { 'aria-label': t('common.close') };
  const clear = { 'aria-label': t('common.clear') };
  return createTheme({
    primaryColor: 'teal',
    defaultRadius: 'md',
    fontFamily,
    headings: { fontWeight: '650' },
    components: {
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } } }),
      Select: Select.extend({ defaultProps: { clearButtonProps: clear } }),
      MultiSelect: MultiSelect.extend({ defaultProps: { clearButtonProps: clear } }),
      Drawer: Drawer.extend({ defaultProps: { closeButtonProps: close } }),
      Modal: Modal.extend({ defaultProps: { closeButtonProps: close } }),
    },
  });
}
