import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { intlTag, useFormat } from '../app/i18n/format';

/** ISO 3166-1 alpha-2 codes (and XK, Kosovo), the values the API accepts for a country. */
const countryCodes = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD ' +
  'CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF ' +
  'GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN ' +
  'KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI ' +
  'SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI ' +
  'VN VU WF WS XK YE YT ZA ZM ZW'
).split(' ');

type Props = { label: string; value?: string | null; onChange: (value: string | null) => void; error?: ReactNode; onBlur?: () => void; onFocus?: () => void };

/** Countries by their name in the user's language, sorted that way. */
export function CountrySelect({ label, value, onChange, error, onBlur, onFocus }: Props) {
  const { locale } = useFormat();
  const names = new Intl.DisplayNames(intlTag(locale), { type: 'region' });
  const data = countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, intlTag(locale)));
  return (
    <Select label={label} searchable clearable data={data} value={value ?? null} onChange={onChange} error={error} onBlur={onBlur} onFocus={onFocus} />
  );
}
