/** One entry of the (fake) insolvency list. */
export interface InsolvencyEntry {
  id: string;
  debtorName: string;
  /** The debtor's tax number. */
  taxId: string;
  court: string;
  caseNumber: string;
  status: 'bankruptcy' | 'restructuring' | 'closed';
  /** ISO date the proceedings were announced. */
  announcedAt: string;
}

/**
 * Made-up entries, the same for every tenant: the example calls no external register. Names and
 * numbers are invented.
 */
export const DEMO_INSOLVENCIES: readonly InsolvencyEntry[] = Object.freeze([
  entry(
    1,
    'Kowalski Budownictwo Sp. z o.o.',
    '5250000001',
    'Sąd Rejonowy dla m.st. Warszawy',
    'WA1M/GU/101/26',
    'bankruptcy',
    '2026-03-02',
  ),
  entry(2, 'Nowak Transport S.A.', '6790000002', 'Sąd Rejonowy dla Krakowa-Śródmieścia', 'KR1S/GR/55/26', 'restructuring', '2026-04-17'),
  entry(3, 'Zielona Dolina Sp. j.', '8960000003', 'Sąd Rejonowy dla Wrocławia-Fabrycznej', 'WR1E/GU/12/26', 'closed', '2025-11-20'),
  entry(4, 'Bałtyk Rybołówstwo Sp. z o.o.', '5830000004', 'Sąd Rejonowy Gdańsk-Północ', 'GD1G/GU/88/26', 'bankruptcy', '2026-06-09'),
  entry(5, 'ТОВ «Дніпро Агро»', '3800000005', 'Господарський суд Дніпропетровської області', '904/1201/26', 'bankruptcy', '2026-02-11'),
  entry(6, 'ТОВ «Київ Логістик»', '4300000006', 'Господарський суд міста Києва', '910/3344/26', 'restructuring', '2026-05-23'),
  entry(
    7,
    'Mazowiecka Piekarnia Sp. z o.o.',
    '1130000007',
    'Sąd Rejonowy dla m.st. Warszawy',
    'WA1M/GR/202/26',
    'restructuring',
    '2026-07-30',
  ),
  entry(8, 'Śląskie Huty Stali S.A.', '6340000008', 'Sąd Rejonowy Katowice-Wschód', 'KA1K/GU/31/26', 'bankruptcy', '2026-01-14'),
  entry(9, 'Kowalski i Syn Handel Sp. k.', '7270000009', 'Sąd Rejonowy dla Łodzi-Śródmieścia', 'LD1M/GU/77/26', 'closed', '2025-09-05'),
  entry(10, 'ТОВ «Львів Софт»', '4100000010', 'Господарський суд Львівської області', '914/500/26', 'closed', '2025-12-01'),
]);

function entry(
  n: number,
  debtorName: string,
  taxId: string,
  court: string,
  caseNumber: string,
  status: InsolvencyEntry['status'],
  announcedAt: string,
): InsolvencyEntry {
  return Object.freeze({
    id: `0193b000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    debtorName,
    taxId,
    court,
    caseNumber,
    status,
    announcedAt,
  });
}
