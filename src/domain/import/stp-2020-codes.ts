/**
 * 2020 STP codes that ONS replaced when the ICBs began on 1 July 2022, each with the STP's ODS
 * code, which the ICB kept. Public facts: ONS Open Geography Portal, "Sustainability and
 * Transformation Partnerships (April 2020) Names and Codes in England" (STP20CD, STP20CDH) and
 * "Integrated Care Boards (July 2022) Names and Codes in England" (ICB22CD, ICB22CDH), both under
 * the Open Government Licence v3.0. The other 32 STPs of April 2020 kept their ONS code as ICBs,
 * so they need no entry.
 *
 * ONS gives a new code when a boundary moves: these STPs' footprints are not exactly their
 * ICBs' (on 1 July 2022 Bassetlaw moved from South Yorkshire to Nottinghamshire, Glossop from
 * Derbyshire to Greater Manchester, West Birmingham from the Black Country to Birmingham and
 * Solihull). The importer says how many rows it mapped through this table.
 */
export const STP_2020_ODS: Readonly<Record<string, { ods: string; name: string }>> = {
  E54000007: { ods: 'QOP', name: 'Greater Manchester Health and Social Care Partnership' },
  E54000009: { ods: 'QF7', name: 'South Yorkshire and Bassetlaw' },
  E54000012: { ods: 'QJ2', name: 'Joined Up Care Derbyshire' },
  E54000014: { ods: 'QT1', name: 'Nottingham and Nottinghamshire Health and Care' },
  E54000016: { ods: 'QUA', name: 'The Black Country and West Birmingham' },
  E54000017: { ods: 'QHL', name: 'Birmingham and Solihull' },
  E54000020: { ods: 'QPM', name: 'Northamptonshire' },
  E54000021: { ods: 'QUE', name: 'Cambridgeshire and Peterborough' },
  E54000052: { ods: 'QXU', name: 'Surrey Heartlands Health and Care Partnership' },
  E54000053: { ods: 'QNX', name: 'Sussex and East Surrey Health and Care Partnership' },
};
