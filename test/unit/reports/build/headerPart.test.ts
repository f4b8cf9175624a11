/** The report's header: the station, the day's instants, who prepared it and when. */
import { describe, expect, it } from 'vitest';
import { buildHeader } from '#renderer/features/reports/build/headerPart';
import { at, DATE, DAY, END, STATION, smallStationDay, withData } from './smallStationDay';

describe('buildHeader', () => {
  it('names the station, the day and its instants, the preparer and the data’s age', () => {
    expect(buildHeader(smallStationDay(), '值班台-7')).toEqual({
      stationName: '禾山派出所',
      stationCode: STATION,
      district: '湖里区',
      subBureau: '湖里分局',
      date: DATE,
      dayStart: DAY,
      dayEnd: END,
      asOf: END - 1,
      preparedBy: '值班台-7',
      generatedAt: at(72),
      dataAsOf: at(71),
    });
  });

  it('leaves the station blank when the cache holds none, and the data’s age unknown', () => {
    const data = smallStationDay();
    const header = buildHeader(withData({ picture: { ...data.picture, station: null }, dataAsOf: null }), '');
    expect(header).toMatchObject({
      stationName: '',
      stationCode: '',
      district: '',
      subBureau: '',
      dataAsOf: null,
    });
  });
});
