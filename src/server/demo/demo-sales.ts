import type { PaymentTerms } from '../../contracts/accounts.js';
import type { Ctx } from '../platform/context.js';
import { fixedClock } from '../kernel/clock.js';
import { createAccount, createContact } from '../modules/accounts/index.js';
import { changeLeadStatus, convertLead, createLead } from '../modules/leads/index.js';
import { closeOpportunity, createOpportunity, listLostReasons, listPipelines, moveOpportunity } from '../modules/opportunities/index.js';
import type { seededRandom } from './random.js';

type Random = ReturnType<typeof seededRandom>;
type Region = 'es' | 'latam' | 'fa';

const companies: Record<Region, { names: string[]; cities: [string, string, string][]; currency: string }> = {
  es: {
    names: ['Aceros del Norte', 'Talleres Urkiola', 'Conservas Cantábricas', 'Logística Ebro', 'Cerámicas Levante', 'Frío Industrial Sevilla', 'Maderas Galaicas', 'Transportes Meseta', 'Hostelería Costa Sol', 'Bodegas Ribera Alta', 'Plásticos Tajo', 'Clínica Dental Arganzuela', 'Imprenta Gráficas Sur', 'Ferretería Industrial Vallès', 'Panificadora Navarra', 'Agrícola Vega de Murcia'],
    cities: [['Bilbao', 'País Vasco', 'ES'], ['Santander', 'Cantabria', 'ES'], ['Madrid', 'Madrid', 'ES'], ['Valencia', 'Valencia', 'ES'], ['Sevilla', 'Andalucía', 'ES'], ['Málaga', 'Andalucía', 'ES'], ['Barcelona', 'Cataluña', 'ES'], ['Pamplona', 'Navarra', 'ES']],
    currency: 'EUR',
  },
  latam: {
    names: ['Distribuidora Azteca', 'Manufacturas Regiomontanas', 'Café de Antioquia', 'Textiles Jalisco', 'Constructora Andina', 'Alimentos del Bajío', 'Farmacias Santa Fe', 'Minera Sierra Madre'],
    cities: [['Ciudad de México', 'CDMX', 'MX'], ['Monterrey', 'Nuevo León', 'MX'], ['Guadalajara', 'Jalisco', 'MX'], ['Bogotá', 'Cundinamarca', 'CO'], ['Medellín', 'Antioquia', 'CO']],
    currency: 'MXN',
  },
  fa: {
    names: ['صنایع فولاد البرز', 'پخش دارویی سینا', 'کاشی و سرامیک یزد', 'حمل و نقل پارس', 'نساجی کاشان', 'غذایی زاگرس'],
    cities: [['تهران', 'تهران', 'IR'], ['کرج', 'البرز', 'IR']],
    currency: 'IRR',
  },
};
const people: Record<Region, [string[], string[]]> = {
  es: [['Ana', 'Jorge', 'Beatriz', 'Luis', 'Nuria', 'Óscar', 'Pilar', 'Sergio', 'Teresa', 'Iñaki'], ['Gómez', 'Ruiz', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Gil', 'Serrano', 'Blanco', 'Etxeberria']],
  latam: [['Ximena', 'Rodrigo', 'Paola', 'Héctor', 'Lorena', 'Arturo'], ['Guzmán', 'Salazar', 'Ortiz', 'Cárdenas', 'Ríos', 'Peña']],
  fa: [['نگار', 'بهرام', 'لیلا', 'فرهاد', 'مهسا', 'کاوه'], ['رضایی', 'محمدی', 'کاظمی', 'نوری', 'صالحی', 'عباسی']],
};
const spanishJobs = ['Gerente de compras', 'Director general', 'Jefe de mantenimiento', 'Responsable de logística', 'Directora financiera'];
const jobTitles: Record<Region, string[]> = { es: spanishJobs, latam: spanishJobs, fa: ['مدیر خرید', 'مدیرعامل', 'مدیر فنی', 'مدیر مالی'] };
const spanishDeals = ['Renovación de flota', 'Línea de envasado', 'Mantenimiento anual', 'Ampliación de almacén', 'Suministro de repuestos', 'Proyecto de eficiencia energética'];
const dealKinds: Record<Region, string[]> = {
  es: spanishDeals,
  latam: spanishDeals,
  fa: ['نوسازی ناوگان', 'خط بسته‌بندی', 'قرارداد نگهداری سالانه', 'توسعه انبار', 'تأمین قطعات یدکی'],
};
const typical: Record<string, [number, number]> = { EUR: [4_000, 180_000], MXN: [80_000, 3_500_000], IRR: [2_000_000_000, 90_000_000_000] };

const dayMs = 24 * 60 * 60 * 1000;

export type DemoSalesTeam = { region: Region; repIds: string[]; territoryIds: string[] };

/** A customer as the later demo steps need it: who owns it, its terms, its primary contact, when it was created. */
export type DemoAccount = {
  id: string;
  name: string;
  region: Region;
  country: string;
  ownerId: string;
  currency: string;
  paymentTerms: PaymentTerms;
  contactId: string;
  contactName: string;
  createdAt: Date;
};

/**
 * Customers, contacts, leads in every status and deals at every stage — moved, won and lost over the
 * last months with their stage history — so the board, the funnel and the cycle analytics have
 * something true to show. The clock is turned back while deals progress, so history has real dates.
 */
export async function loadDemoSales(
  base: Ctx,
  random: Random,
  teams: DemoSalesTeam[],
): Promise<{ accounts: number; deals: number; leads: number; created: DemoAccount[] }> {
  const now = base.clock.now();
  const clock = fixedClock(new Date(now.getTime() - 200 * dayMs));
  const ctx: Ctx = { ...base, clock };
  const pipeline = (await listPipelines(ctx.tx, false))[0]!;
  const lostReasons = await listLostReasons(ctx.tx, false);
  const between = (min: number, max: number) => min + Math.floor(random.next() * (max - min + 1));
  const amountIn = (currency: string) => {
    const [min, max] = typical[currency]!;
    const raw = min + random.next() * (max - min);
    const step = currency === 'IRR' ? 1_000_000 : 50;
    return String(Math.round(raw / step) * step) + (currency === 'IRR' ? '' : '.00');
  };
  let accounts = 0;
  let deals = 0;
  let leads = 0;
  const created: DemoAccount[] = [];
  for (const [teamIndex, team] of teams.entries()) {
    const region = companies[team.region];
    const [firstNames, lastNames] = people[team.region];
    // Teams of the same region share its companies out between them.
    const sameRegion = teams.filter((t) => t.region === team.region);
    const share = sameRegion.indexOf(team);
    const mine = region.names.filter((_, i) => i % sameRegion.length === share);
    for (const [index, name] of mine.entries()) {
      const ownerId = team.repIds[index % team.repIds.length]!;
      const [city, state, country] = random.pick(region.cities);
      clock.set(new Date(now.getTime() - between(120, 200) * dayMs));
      const createdAt = clock.now();
      const account = await createAccount(ctx, {
        name,
        ownerId,
        territoryId: team.territoryIds[index % team.territoryIds.length]!,
        currency: region.currency,
        industry: random.pick(['Industria', 'Distribución', 'Alimentación', 'Servicios', 'Construcción']),
        address: { city, region: state, country },
        paymentTerms: random.pick(['net_30', 'net_60', 'prepayment', 'net_30'] as const),
      });
      accounts += 1;
      const contactIds: string[] = [];
      let contactName = '';
      for (let c = 0; c < between(1, 3); c++) {
        const contact = await createContact(ctx, {
          accountId: account.id,
          firstName: random.pick(firstNames),
          lastName: random.pick(lastNames),
          jobTitle: random.pick(jobTitles[team.region]),
          email: `contacto${c + 1}.${account.id.slice(0, 6)}@example.com`,
          isPrimary: c === 0,
          ownerId,
        });
        contactIds.push(contact.id);
        if (c === 0) contactName = `${contact.firstName} ${contact.lastName}`;
      }
      created.push({ id: account.id, name, region: team.region, country, ownerId, currency: region.currency, paymentTerms: account.paymentTerms, contactId: contactIds[0]!, contactName, createdAt });
      for (let d = 0; d < between(1, 2); d++) {
        clock.set(new Date(now.getTime() - between(60, 150) * dayMs));
        const deal = await createOpportunity(ctx, {
          name: `${random.pick(dealKinds[team.region])} — ${name}`,
          accountId: account.id,
          contactId: contactIds[0]!,
          ownerId,
          amount: { amount: amountIn(region.currency), currency: region.currency },
          expectedCloseDate: new Date(now.getTime() + between(-30, 120) * dayMs).toISOString().slice(0, 10),
        });
        deals += 1;
        // How far each deal got: most are still open somewhere on the board, some closed either way.
        const reached = between(0, pipeline.stages.length - 1);
        for (const stage of pipeline.stages.slice(1, reached + 1)) {
          clock.advance(between(4, 20) * dayMs);
          await moveOpportunity(ctx, deal.id, stage.id);
        }
        const fate = random.next();
        if (fate < 0.2 || (reached === pipeline.stages.length - 1 && fate < 0.5)) {
          clock.advance(between(3, 15) * dayMs);
          await closeOpportunity(ctx, deal.id, { outcome: 'won' });
        } else if (fate > 0.82) {
          clock.advance(between(3, 15) * dayMs);
          await closeOpportunity(ctx, deal.id, { outcome: 'lost', lostReasonId: random.pick(lostReasons).id, note: 'Demo' });
        }
      }
    }
    for (let l = 0; l < 6; l++) {
      clock.set(new Date(now.getTime() - between(1, 40) * dayMs));
      const first = random.pick(firstNames);
      const last = random.pick(lastNames);
      const lead = await createLead(ctx, {
        firstName: first,
        lastName: last,
        company: `${random.pick(['Grupo', 'Industrias', 'Comercial', 'Servicios'])} ${last} ${l + 1}`,
        email: `${teamIndex + 1}.${l + 1}.lead@example.com`,
        source: random.pick(['web', 'phone', 'referral', 'campaign', 'event'] as const),
        ownerId: team.repIds[l % team.repIds.length]!,
        force: true,
      });
      leads += 1;
      const step = l % 6;
      if (step >= 1) await changeLeadStatus(ctx, lead.id, { action: 'start' });
      if (step === 2) await changeLeadStatus(ctx, lead.id, { action: 'qualify' });
      if (step === 3) await changeLeadStatus(ctx, lead.id, { action: 'disqualify', reason: 'Sin presupuesto este año' });
      if (step === 4) {
        await convertLead(ctx, lead.id, { createOpportunity: true });
        deals += 1;
      }
    }
  }
  return { accounts, deals, leads, created };
}
