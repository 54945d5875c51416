import { Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { locales, type Locale } from '../../contracts/common';
import { useChangeLocale } from './session';
import { problemMessage } from '../ui/problem-message';

/** Language entries for a Mantine Menu; the choice is saved on the server when signed in. */
export function LanguageMenuItems() {
  const { t, i18n } = useTranslation();
  const changeLocale = useChangeLocale();
  const choose = (locale: Locale) => {
    changeLocale(locale).catch((error: unknown) => {
      notifications.show({ color: 'red', title: t('errors.title'), message: problemMessage(error, t) });
    });
  };
  return (
    <>
      <Menu.Label>{t('common.language')}</Menu.Label>
      {locales.map((locale) => (
        <Menu.Item
          key={locale}
          lang={locale}
          onClick={() => choose(locale)}
          leftSection={i18n.language === locale ? <IconCheck size={16} /> : <span style={{ width: 16 }} />}
        >
          {t(`languages.${locale}`)}
        </Menu.Item>
      ))}
    </>
  );
}
