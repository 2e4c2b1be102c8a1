import { assembleSheets, type Sheet } from '../../src/import/tables';

const sheet = (blad: string, rows: unknown[][]): Sheet => ({ bestand: 'werkmap.xlsx', blad, rows: rows.map((values, i) => ({ rij: i + 1, values })) });

describe('the Deelnemers and Begroting sheets are linked to their application', () => {
  const sheets = [
    sheet('Aanvragen', [
      ['id', 'naamInitiatief', 'begroting_gevraagdBedrag'],
      ['A-1', 'Een', '5000'],
      ['A-2', 'Twee', ''],
    ]),
    sheet('Deelnemers', [
      ['aanvraagId', 'praktijknaam', 'plaats', 'opmerking'],
      ['A-2', 'Praktijk X', 'Zeist', ''],
      ['A-1', 'Praktijk Y', 'Utrecht', 'let op'],
      ['A-1', 'Praktijk Z', '', ''],
    ]),
    sheet('Begroting', [
      ['aanvraagId', 'soort', 'omschrijving', 'bedrag'],
      ['A-2', 'kosten', 'Scholing', '750'],
      ['A-1', 'inkomsten', 'Gemeente', '1000'],
    ]),
  ];

  it('lines in sheet order, new fields last, unknown columns in extra', () => {
    const { applications } = assembleSheets(sheets);
    expect(applications).toStrictEqual([
      {
        id: 'A-1',
        naamInitiatief: 'Een',
        begroting: { gevraagdBedrag: 5000, andereBronnen: [{ omschrijving: 'Gemeente', bedrag: 1000 }] },
        extra: { deelnemer1_opmerking: 'let op' },
        deelnemers: [{ praktijknaam: 'Praktijk Y', plaats: 'Utrecht' }, { praktijknaam: 'Praktijk Z' }],
      },
      { id: 'A-2', naamInitiatief: 'Twee', deelnemers: [{ praktijknaam: 'Praktijk X', plaats: 'Zeist' }], begroting: { kosten: [{ omschrijving: 'Scholing', bedrag: 750 }] } },
    ]);
    expect(Object.keys(applications[0])).toEqual(['id', 'naamInitiatief', 'begroting', 'extra', 'deelnemers']);
  });

  it("raw holds the row's own cells, then every filled cell of its linked lines by sheet and row", () => {
    const { records } = assembleSheets(sheets);
    expect(Object.entries(records[0].raw)).toEqual([
      ['id', 'A-1'],
      ['naamInitiatief', 'Een'],
      ['begroting_gevraagdBedrag', '5000'],
      ['Deelnemers rij 3 aanvraagId', 'A-1'],
      ['Deelnemers rij 3 praktijknaam', 'Praktijk Y'],
      ['Deelnemers rij 3 plaats', 'Utrecht'],
      ['Deelnemers rij 3 opmerking', 'let op'],
      ['Deelnemers rij 4 aanvraagId', 'A-1'],
      ['Deelnemers rij 4 praktijknaam', 'Praktijk Z'],
      ['Begroting rij 3 aanvraagId', 'A-1'],
      ['Begroting rij 3 soort', 'inkomsten'],
      ['Begroting rij 3 omschrijving', 'Gemeente'],
      ['Begroting rij 3 bedrag', '1000'],
    ]);
    expect(JSON.parse(JSON.stringify(records[1])).raw).toEqual({
      id: 'A-2',
      naamInitiatief: 'Twee',
      'Deelnemers rij 2 aanvraagId': 'A-2',
      'Deelnemers rij 2 praktijknaam': 'Praktijk X',
      'Deelnemers rij 2 plaats': 'Zeist',
      'Begroting rij 2 aanvraagId': 'A-2',
      'Begroting rij 2 soort': 'kosten',
      'Begroting rij 2 omschrijving': 'Scholing',
      'Begroting rij 2 bedrag': '750',
    });
  });

  it('a line for an unknown application is reported with its cell, and not linked', () => {
    const { applications, problems } = assembleSheets([sheets[0], sheet('Deelnemers', [['aanvraagId', 'praktijknaam'], ['A-9', 'Praktijk Q']])]);
    expect(applications.every((a) => !a.deelnemers)).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ veld: 'aanvraagId', melding: "aanvraag 'A-9' bestaat niet in de tabel Aanvragen; regel niet gekoppeld" }));
  });
});
