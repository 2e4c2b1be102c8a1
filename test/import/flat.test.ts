import { applicationFromRecord, applicationToRecord, describeHeaders, resolveHeader, fieldName } from '../../src/import/flat';

const where = { bestand: 'lijst.xlsx', rij: 7, blad: 'Aanvragen' };

describe('header matching', () => {
  it.each([
    ['kvkNummer', 'kvkNummer'],
    ['KvK nummer', 'kvkNummer'],
    ['KVK-nummer', 'kvkNummer'],
    ['  kvk  ', 'kvkNummer'],
    ['Naam initiatief', 'naamInitiatief'],
    ['Samenwerkingsvorm', 'samenwerkingsvorm'],
    ['Gevraagd bedrag', 'begroting_gevraagdBedrag'],
    ['begroting.gevraagdBedrag', 'begroting_gevraagdBedrag'],
    ['Beoogde startdatum', 'startdatum'],
    ['deelnemer1_praktijknaam', 'deelnemer1_praktijknaam'],
    ['Deelnemer 2 AGB-code', 'deelnemer2_agb'],
    ['deelnemer 3 tel', 'deelnemer3_telefoon'],
    ['Deelnemer10 e-mail', 'deelnemer10_email'],
    ['kosten1_bedrag', 'kosten1_bedrag'],
    ['Kostenpost 2 omschrijving', 'kosten2_omschrijving'],
    ['inkomsten1_bedrag', 'inkomsten1_bedrag'],
    ['Coöperatie?', undefined],
    ['Lievelingskleur', undefined],
  ])('%p → %p', (header, field) => {
    const target = resolveHeader(header);
    expect(target ? fieldName(target) : undefined).toBe(field);
  });

  it('reports unknown columns and two columns for one field', () => {
    expect(describeHeaders(['id', 'KvK nummer', 'kvkNummer', 'Opmerking team', ''])).toEqual({ unknown: ['Opmerking team'], duplicates: [['KvK nummer', 'kvkNummer']] });
  });
});

describe('applicationFromRecord', () => {
  it('reads a row with participants and cost lines as column groups', () => {
    const { application, problems } = applicationFromRecord(
      ['id', 'Naam initiatief', 'deelnemer1_praktijknaam', 'deelnemer1_agb', 'deelnemer2_praktijknaam', 'kosten1_omschrijving', 'kosten1_bedrag', 'kosten1_categorie', 'klantgroepen'],
      ['A-1', 'Samen', 'Fysio A', '04012345', 'Huisarts B', 'Coördinatie', '€ 12.500,00', 'Coordinatie', 'COPD; kwetsbare ouderen'],
      where,
    );
    expect(problems).toEqual([]);
    expect(application).toEqual({
      id: 'A-1',
      naamInitiatief: 'Samen',
      deelnemers: [{ praktijknaam: 'Fysio A', agb: '04012345' }, { praktijknaam: 'Huisarts B' }],
      begroting: { kosten: [{ omschrijving: 'Coördinatie', bedrag: 12500, categorie: 'coördinatie' }] },
      klantgroepen: ['COPD', 'kwetsbare ouderen'],
    });
  });

  it('"Aanvragen!F7 (kvkNummer): \'1234567\' heeft 7 cijfers, verwacht 8" — and the value is kept', () => {
    const { application, problems, raw } = applicationFromRecord(['id', 'a', 'b', 'c', 'd', 'kvkNummer'], ['A-2', '', '', '', '', '1234567'], where);
    expect(problems).toEqual([{ bestand: 'lijst.xlsx', plaats: 'Aanvragen!F7', veld: 'kvkNummer', melding: "'1234567' heeft 7 cijfers, verwacht 8", ernst: 'fout' }]);
    expect(application.kvkNummer).toBe('1234567');
    expect(raw().kvkNummer).toBe('1234567');
  });

  it('an unreadable value is left out of the application but kept in raw', () => {
    const { application, problems, raw } = applicationFromRecord(['id', 'aantalZkKlanten'], ['A-3', 'zevenhonderd'], { bestand: 'a.csv', rij: 4 });
    expect(application.aantalZkKlanten).toBeUndefined();
    expect(raw().aantalZkKlanten).toBe('zevenhonderd');
    expect(problems[0]).toMatchObject({ plaats: 'rij 4 kolom B', veld: 'aantalZkKlanten' });
  });

  it('unknown columns go to extra, never dropped; a row without id gets one and a warning', () => {
    const { application, problems } = applicationFromRecord(['Naam initiatief', 'Notitie'], ['X', 'bellen'], { bestand: 'lijst.csv', rij: 3 });
    expect(application).toEqual({ id: 'lijst-3', naamInitiatief: 'X', extra: { Notitie: 'bellen' } });
    expect(problems).toEqual([{ bestand: 'lijst.csv', plaats: 'rij 3', veld: 'id', melding: "geen id ingevuld; de aanvraag krijgt id 'lijst-3'", ernst: 'waarschuwing' }]);
  });

  it('formula-like applicant text stays a literal string in text fields', () => {
    const { application } = applicationFromRecord(
      ['id', 'naamInitiatief', 'opmerkingen', 'achtergrond', 'deelnemer1_telefoon'],
      ['A-4', '=HYPERLINK("http://x","klik")', '@SUM(A1)', '-1', '+31 6 12345678'],
      where,
    );
    expect(application).toMatchObject({ naamInitiatief: '=HYPERLINK("http://x","klik")', opmerkingen: '@SUM(A1)', achtergrond: '-1', deelnemers: [{ telefoon: '+31 6 12345678' }] });
  });
});

describe('applicationToRecord is the inverse', () => {
  it('writes every field under its column and reads back the same application', () => {
    const app = {
      id: 'A-5',
      naamInitiatief: 'Samen',
      samenwerkingsvorm: 'Stichting' as const,
      deelnemers: [{ praktijknaam: 'P', zkContract2022: false }],
      begroting: { gevraagdBedrag: 30000.5, andereBronnen: [{ omschrijving: 'Gemeente', bedrag: 500 }] },
      jzojpDoelen: ['voorkomen' as const, 'vervangen' as const],
      startdatum: '2021-04-01',
      extra: { Notitie: 'x' },
    };
    const { headers, values } = applicationToRecord(app);
    expect(values[headers.indexOf('deelnemer1_zkContract2022')]).toBe(false);
    expect(values[headers.indexOf('jzojpDoelen')]).toBe('voorkomen; vervangen');
    expect(values[headers.indexOf('Notitie')]).toBe('x');
    expect(applicationFromRecord(headers, values, where).application).toEqual(app);
  });
});

describe('the raw values of a table row', () => {
  it('are built when read, kept once built, and written out by JSON like any field', async () => {
    const { importFile } = await import('../../src/import');
    const result = await importFile('lijst.csv', new TextEncoder().encode('id;naamInitiatief;Notitie\nA-1;Samen Sterk; \n'));
    const record = result.records[0];
    expect(JSON.parse(JSON.stringify(record))).toEqual({ id: 'A-1', bestand: 'lijst.csv', plaats: 'rij 2', onvolledig: false, raw: { id: 'A-1', naamInitiatief: 'Samen Sterk', Notitie: ' ' } });
    expect(record.raw).toBe(record.raw);
    record.raw.extraRij = 'x';
    expect(record.raw.extraRij).toBe('x');
    expect({ ...record }.raw).toHaveProperty('extraRij', 'x');
  });
});
