import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../app/api-client';
import { useDocumentFormat } from './document-format';

/** Opens the document's PDF, printed in the language the user is reading. */
export function DocumentPdfButton({ resource, id }: { resource: 'quotes' | 'invoices'; id: string }) {
  const { t } = useTranslation();
  const { locale } = useDocumentFormat();
  return (
    <Button component="a" href={buildUrl(`/${resource}/${id}/pdf`, { lang: locale })} target="_blank" rel="noopener" variant="default" leftSection={<IconDownload size={16} />}>
      {t('documents.downloadPdf')}
    </Button>
  );
}
