/**
 * The report's header, pure: the station (its id stands for its code: the record holds no other),
 * the day and its instants, who prepared it, when it was generated and how fresh the cache was.
 */
import type { ReportHeader } from '../dailyReportModel';
import type { DailyReportData } from './dailyReportData';

export function buildHeader(data: DailyReportData, preparedBy: string): ReportHeader {
  const station = data.picture.station;
  return {
    stationName: station?.name ?? '',
    stationCode: station?.id ?? '',
    district: station?.district ?? '',
    subBureau: station?.subBureau ?? '',
    date: data.day.date,
    dayStart: data.day.dayStart,
    dayEnd: data.day.dayEnd,
    asOf: data.day.asOf,
    preparedBy,
    generatedAt: data.generatedAt,
    dataAsOf: data.dataAsOf,
  };
}
